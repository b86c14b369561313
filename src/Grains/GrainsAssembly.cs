namespace SingKing.Grains;

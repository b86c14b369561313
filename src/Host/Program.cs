using SingKing.Host.Battles;
using SingKing.Host.Boards;
using SingKing.Host.Diagnoses;
using SingKing.Host.Extensions;
using SingKing.Host.Operations;
using SingKing.Host.Timbre;
using SingKing.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddFrontEnd();
builder.AddStorage();
builder.AddSingKingOrleans();
builder.AddSingingHub();
builder.AddSongLibrary();
builder.AddTimbre();
builder.AddAccounts();
builder.AddDiagnoses();
builder.AddBoards();
builder.AddBattles();
builder.AddHealth();
builder.AddTelemetry();

var app = builder.Build();

app.MapHealth();
app.MapTelemetry();
app.UseAccounts();
app.UseSingerIdentity();
app.MapFrontEnd();
app.MapSingingHub();
app.MapEchoHub();
app.MapSongLibrary();
app.MapCalibration();
app.MapTakes();
app.MapTimbre();
app.MapAccounts();
app.MapDiagnoses();
app.MapBoards();
app.MapBattles();

app.Run();

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;

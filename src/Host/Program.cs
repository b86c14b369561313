var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;

using Gongkai.Web.Admin;
using Gongkai.Web.Admin.Reminders;
using Gongkai.Web.Agencies;
using Gongkai.Web.Catalogue;
using Gongkai.Web.Hosting;
using Gongkai.Web.Imports;
using Gongkai.Web.Reports;
using Gongkai.Web.Requests;

var builder = WebApplication.CreateBuilder(DemoSwitch.Expand(args));
builder.Services.AddGongkaiDatabase(builder.Configuration);
builder.Services.AddClusterState();
builder.Services.AddPortalPipeline(builder.Configuration);
builder.Services.AddPortalPages();
builder.Services.AddPublicApi();
builder.Services.AddBackOffice();
builder.Services.AddAgencies();
builder.Services.AddCatalogue();
builder.Services.AddRequests(builder.Configuration);
builder.Services.AddAdminPages();
builder.Services.AddReportWorkflow();
builder.Services.AddImports();
builder.Services.AddReminders(builder.Configuration);
builder.AddGongkaiHosting();

var app = builder.Build();
await app.PrepareAsync();

app.UsePortal();
app.MapPortalPages();
app.MapGongkaiHealth();
app.MapAgenciesApi();
app.MapCatalogueApi();
app.MapRequestsApi();
app.MapReportsApi();
app.AnnounceAddresses();
app.Run();
/// <summary>The web host (public for WebApplicationFactory).</summary>
public partial class Program;

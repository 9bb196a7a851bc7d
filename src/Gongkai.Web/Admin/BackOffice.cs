using Gongkai.Data;
using Gongkai.Data.AuditTrail;
using Gongkai.Data.Officers;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Admin;

/// <summary>
/// The back office (<c>/Admin</c>): ASP.NET Core Identity on the Gongkai database, the officer's agency scope, the
/// audit trail, and the first administrator. Every page under /Admin requires a signed-in account.
/// </summary>
public static class BackOffice
{
    /// <summary>Where officers sign in.</summary>
    public const string LoginPath = "/Admin/Login";

    /// <summary>Registers the back-office services.</summary>
    public static void AddBackOffice(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        // Singletons: the database contexts are pooled (DatabaseHosting), so their interceptors outlive a request; the
        // actor reads the signed-in account of the current request through IHttpContextAccessor.
        services.AddSingleton<IAuditActor, HttpAuditActor>();
        services.AddSingleton<AuditTrailInterceptor>();
        services.AddScoped<SignedInOfficer>();
        services.AddScoped<InitialAdministrator>();
        services.AddIdentity<OfficerAccount, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<GongkaiDbContext>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "gongkai.admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = LoginPath;
            o.LogoutPath = "/Admin/Logout";
            o.AccessDeniedPath = "/Admin/Denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
    }

    /// <summary>Creates the roles and, on the very first start, the administrator, printing its password once.</summary>
    public static async Task EnsureAdministratorAsync(IServiceProvider services, IConfiguration configuration)
    {
        var password = await services.GetRequiredService<InitialAdministrator>().EnsureAsync(configuration["Admin:InitialPassword"]);
        if (password is not null && string.IsNullOrEmpty(configuration["Admin:InitialPassword"]))
        {
            Console.WriteLine();
            Console.WriteLine("================ 首次启动：已创建系统管理员 ================");
            Console.WriteLine($"  登录地址: {LoginPath}");
            Console.WriteLine($"  登录名:   {InitialAdministrator.UserName}");
            Console.WriteLine($"  密码:     {password}");
            Console.WriteLine("  密码只显示这一次，请登录后在“修改密码”中立即更换。");
            Console.WriteLine("============================================================");
            Console.WriteLine();
        }
    }
}

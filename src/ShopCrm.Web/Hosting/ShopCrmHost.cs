using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Radzen;
using ShopCrm.Core;
using ShopCrm.Core.Api;
using ShopCrm.Core.Data;
using ShopCrm.Core.Formatting;
using ShopCrm.Core.Identity;
using ShopCrm.Core.Modules;
using ShopCrm.Core.Security;
using ShopCrm.Web.Api;
using ShopCrm.Web.Components;
using ShopCrm.Web.Demo;

namespace ShopCrm.Web.Hosting;

public static class ShopCrmHost
{
    public static WebApplicationBuilder AddShopCrm(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataFolder = new DataFolder(Path.Combine(builder.Environment.ContentRootPath, configuration["Data:Folder"] ?? "data"));
        services.AddShopCrmCore(configuration, dataFolder);
        services.AddSingleton(new ShopModule("Web", typeof(ShopCrmHost).Assembly, [], WebMenu.Entries));

        services.AddIdentity<ShopUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<ShopDbContext>()
            .AddClaimsPrincipalFactory<ShopClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "ShopCrm.Auth";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // Each request compares the cookie's security stamp with the database (one read by key), so
            // logging out, a password change or disabling the account ends every copy of the session at
            // once; Identity's own validator still refreshes the claims (roles, name) every 30 minutes.
            o.Events.OnValidatePrincipal = async context =>
            {
                var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStamp>();
                if (context.Principal is null || !await sessions.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
        });
        services.ConfigureApplicationCookie(Refusals.UseForCookies);
        services.AddExceptionHandler<PermissionDeniedHandler>();
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddSingleton<SessionStamp>();
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<PasswordLogin>();
        services.AddScoped<StaffAccounts>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ShopClaims.ApiKeyScheme, null);
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<CircuitHandler, UserCircuitHandler>();

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidatingStateProvider>();
        services.AddRadzenComponents();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions["correlationId"] = CorrelationId.Of(c.HttpContext);
            ProblemExceptionHandler.Explain(c);
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();

        // A body or parameter that does not bind is thrown as BadHttpRequestException in every environment
        // (not only in Development), so ProblemExceptionHandler answers it with one clear problem.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddScoped<DemoSeeder>();
        services.AddScoped<FirstRun>();
        return builder;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        if (options.MigrateOnStartup)
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FirstRun>().RunAsync();
    }

    public static WebApplication UseShopCrm(this WebApplication app)
    {
        app.UseSecurityHeaders();
        var culture = ShopFormat.CultureOf(app.Configuration["Shop:Culture"]);
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(culture),
            SupportedCultures = [culture],
            SupportedUICultures = [culture],
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            // The caller's mistakes (Kestrel's 400 and 413, a body that does not bind) keep their 4xx.
            StatusCodeSelector = ProblemExceptionHandler.StatusOf,
        });
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), ui => ui.UseStatusCodePagesWithReExecute("/not-found"));

        // Routing after the status code pages, so that a re-executed request for /not-found is routed again.
        app.UseRouting();

        // Uploads and downloads outside /api: an empty error answer becomes problem details here, on the
        // way out, before the HTML status code page above would see it.
        app.UseWhen(
            c => !c.Request.Path.StartsWithSegments("/api") && ProblemRequests.AnswersWithProblems(c.Request.Path, c.GetEndpoint()),
            endpoints => endpoints.UseStatusCodePages());
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapBlazorScript();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(app.Services.GetRequiredService<ShopModuleCatalog>().Assemblies
                .Where(a => a != typeof(App).Assembly && a != typeof(CoreServices).Assembly).ToArray());
        app.MapAccountEndpoints();
        app.MapSiteApi();
        foreach (var module in app.Services.GetRequiredService<ShopModuleCatalog>().Modules)
        {
            module.Endpoints?.Invoke(app);
        }

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.Lifetime.ApplicationStarted.Register(() => PrintWhereToLogIn(app));
        return app;
    }

    private static void PrintWhereToLogIn(WebApplication app)
    {
        var address = app.Urls.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine();
        Console.WriteLine($"ShopCrm is running. Log in at {address.TrimEnd('/')}/account/login");
        if (app.Configuration.GetValue<bool>("Demo:SeedOnFirstRun"))
        {
            FirstRun.PrintDemoLogins();
        }
    }
}

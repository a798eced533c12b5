using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Certificates.Api;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Demo;
using ShopCrm.Certificates.Jobs;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Demo;
using ShopCrm.Core.Jobs;
using ShopCrm.Core.Modules;

namespace ShopCrm.Certificates;

public static class CertificatesModule
{
    public static WebApplicationBuilder AddCertificatesModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddCertificatesModule();
        return builder;
    }

    public static IServiceCollection AddCertificatesModule(this IServiceCollection services)
    {
        services.AddSingleton(new ShopModule("Certificates", typeof(CertificatesModule).Assembly, CertificatePermissions.All, CertificateMenu.Entries)
        {
            SiteApi = CertificateApi.Map,
            Endpoints = CertificateDownloads.Map,
        });
        services.AddOptions<CertificateOptions>().BindConfiguration(CertificateOptions.Section);
        services.AddSingleton<CertificateCodeLimiter>();
        services.AddSingleton<CertificateCodeAccess>();
        services.AddSingleton<CertificateQueries>();
        services.AddSingleton<CertificateLookup>();
        services.AddScoped<CertificateMails>();
        services.AddSingleton<CertificateService>();
        services.AddSingleton<ICertificateRedemption, CertificateRedemption>();
        services.AddSingleton<CertificateBalanceCheck>();
        services.AddSingleton<BalanceCheckLog>();
        services.AddSingleton<CertificateSeriesService>();
        services.AddSingleton<CertificateReports>();
        services.AddScoped<IDemoDataSeeder, CertificateDemoSeeder>();
        services.AddRecurringJob<CertificateExpiryJob>(TimeSpan.FromHours(1));
        services.AddRecurringJob<CertificateExpiryReminderJob>(TimeSpan.FromHours(6));
        services.AddRecurringJob<CertificateBalanceCheckJob>(TimeSpan.FromDays(1));
        return services;
    }
}

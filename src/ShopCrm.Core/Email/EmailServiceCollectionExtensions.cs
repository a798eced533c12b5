using System.Net.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ShopCrm.Core.Email;

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddShopCrmEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        // Checked at start-up, so a broken mail setting stops the app instead of failing every send later.
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.SectionName))
            .Validate(o => MailAddress.TryCreate(o.FromAddress, out _), "Email:FromAddress must be an e-mail address.")
            .Validate(o => o.Mode != EmailDeliveryMode.Smtp || !string.IsNullOrWhiteSpace(o.Host), "Email:Host is required when Email:Mode is Smtp.")
            .Validate(o => o.Mode != EmailDeliveryMode.Pickup || !string.IsNullOrWhiteSpace(o.PickupDirectory), "Email:PickupDirectory is required when Email:Mode is Pickup.")
            .Validate(o => o.TimeoutSeconds > 0, "Email:TimeoutSeconds must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddScoped<EmailTemplateRenderer>();
        return services;
    }
}

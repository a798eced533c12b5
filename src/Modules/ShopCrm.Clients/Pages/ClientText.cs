using System.Globalization;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Formatting;

namespace ShopCrm.Clients.Pages;

// How the client pages write amounts, dates and names of things, in one place.
public static class ClientText
{
    public static string Channel(ClientChannel channel) => channel switch
    {
        ClientChannel.SalesRep => "Sales rep",
        _ => channel.ToString(),
    };

    public static string Consent(ConsentSource source) => source switch
    {
        ConsentSource.UnsubscribeLink => "unsubscribe link",
        ConsentSource.Api => "site API",
        _ => source.ToString().ToLowerInvariant(),
    };

    public static string Kind(ClientTimelineKind kind) => kind.ToString();

    public static IReadOnlyDictionary<string, object> NamedInput(string label) => new Dictionary<string, object> { ["aria-label"] = label };
}


namespace ShopCrm.Clients.Contracts;

// Source is the module ("Orders"), SourceKey what makes the entry unique there ("order:17:Shipped");
// Link is an app path the card turns into a link ("/orders/17").
public sealed record ClientTimelineInput(
    int ClientId,
    DateTime At,
    ClientTimelineKind Kind,
    string Title,
    string? Detail,
    string? Link,
    string Source,
    string SourceKey);

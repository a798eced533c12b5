using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Services;

// One client field the e-shop may send: how it is read and written on a client, the form it is stored in,
// and the form two values are compared in ("Jan@WP.pl" and "jan@wp.pl" are one e-mail).
public sealed record ClientField(
    string Name,
    string Label,
    Func<Client, string?> Read,
    Action<Client, string?> Write,
    Func<string?, string?> Stored,
    Func<string?, string?> Compared)
{
    public bool SameValue(string? a, string? b) => Compared(a) == Compared(b);
}

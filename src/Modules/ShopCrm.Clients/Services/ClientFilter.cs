namespace ShopCrm.Clients.Services;

// What the client list is narrowed by; amounts in minor units, dates UTC. Search is a name, an e-mail
// or a phone number in any notation.
public sealed record ClientFilter(
    string? Search = null,
    ClientCategory? Category = null,
    int? TagId = null,
    string? Region = null,
    int? InterestTagId = null,
    long? MinTotalMinor = null,
    long? MaxTotalMinor = null,
    DateTime? LastOrderFrom = null,
    DateTime? LastOrderTo = null);

using ShopCrm.Clients.Contracts;

namespace ShopCrm.Clients.Domain;

// Everything that happened with a client, from every module through IClientTimeline, plus the notes and
// interactions staff log on the card (Source "Clients", ContactMethod set for calls and the like).
public sealed class ClientTimelineEntry
{
    public long Id { get; init; }

    public int ClientId { get; set; }

    public DateTime At { get; set; }

    public ClientTimelineKind Kind { get; set; }

    public required string Title { get; set; }

    public string? Detail { get; set; }

    public string? Link { get; set; }

    public ContactMethod? ContactMethod { get; set; }

    public required string Source { get; set; }

    public required string SourceKey { get; set; }

    public string? RecordedBy { get; set; }
}

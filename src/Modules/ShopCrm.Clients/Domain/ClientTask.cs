using ShopCrm.Core.Auditing;

namespace ShopCrm.Clients.Domain;

// "Call back", "process the order", "follow up the offer": a staff member's to-do on a client, an order
// or both, with a due time the reminder job watches.
public sealed class ClientTask : IAudited
{
    public long Id { get; init; }

    public int? ClientId { get; set; }

    public long? OrderId { get; set; }

    public required string Title { get; set; }

    public string? Notes { get; set; }

    public DateTime DueAt { get; set; }

    // The staff user (ShopUser.Id) who has to do it.
    public required string AssigneeId { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DoneAt { get; set; }

    // Set by the reminder job in the same update that claims the task, so a reminder goes out once.
    public DateTime? RemindedAt { get; set; }

    public int Version { get; set; }
}

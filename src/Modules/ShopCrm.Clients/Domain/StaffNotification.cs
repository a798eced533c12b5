namespace ShopCrm.Clients.Domain;

// Something a staff member should see in the top bar (a task that is due); read when they open it.
public sealed class StaffNotification
{
    public long Id { get; init; }

    public required string UserId { get; set; }

    public DateTime At { get; set; }

    public required string Title { get; set; }

    public string? Link { get; set; }

    public long? TaskId { get; set; }

    public DateTime? ReadAt { get; set; }
}

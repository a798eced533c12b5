namespace ShopCrm.Core.Time;

// Stored times are UTC; people see them in the shop's time zone (Company:TimeZone, Europe/Warsaw by default).
public sealed class ShopClock(TimeProvider time, TimeZoneInfo zone)
{
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public TimeZoneInfo Zone => zone;

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    public DateTime LocalToday => ToLocal(UtcNow).Date;

    public DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
}

namespace ShopCrm.Clients.Contracts;

public enum ClientOrderOutcome
{
    // Placed, confirmed, paid or on its way: not yet counted as completed.
    Open,

    // Delivered or handed over: counts in the statistics.
    Completed,

    Cancelled,

    // A cash-on-delivery parcel the client did not take: counts towards "lousy".
    Refused,

    // Sent back after delivery (whole order).
    Returned,
}

namespace ShopCrm.Core.Api;

// The upper bounds of what one request may carry, in one place. The services enforce them for every
// channel (a 422 naming the field), the site API refuses bodies above MaxRequestBodyBytes (413), and
// docs/site-api.md lists them for the e-shop's developers.
public static class InputLimits
{
    // Far above an order of MaxOrderLines lines with every text at its limit.
    public const long MaxRequestBodyBytes = 256 * 1024;

    public const int MaxOrderLines = 200;

    public const int MaxLineQuantity = 9_999;

    public const int MaxNoteLength = 2_000;

    // 100,000.00 in major units: the largest single amount (a gift card's value) the site may send.
    public const long MaxAmountMinor = 10_000_000;
}

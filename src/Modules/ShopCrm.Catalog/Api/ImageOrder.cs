namespace ShopCrm.Catalog.Api;

// The body of a picture reorder: the card's image ids as the sender last saw them, and in the order wanted.
internal sealed record ImageOrder(int[] Seen, int[] Wanted);

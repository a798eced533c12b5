namespace ShopCrm.Clients.Pages.Segments;

// "Yes" or "no" for a flag condition, with the words that fit the flag; no choice (the placeholder "Any")
// leaves the flag out of the segment.
public sealed record YesNoChoice(bool Value, string Text)
{
    public static IReadOnlyList<YesNoChoice> For(string yes, string no) => [new(true, yes), new(false, no)];
}

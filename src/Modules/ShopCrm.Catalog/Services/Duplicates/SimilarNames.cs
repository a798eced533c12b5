namespace ShopCrm.Catalog.Services.Duplicates;

// Near-identical names within a brand without comparing every pair: two names within one edit of each
// other share a "one letter deleted" variant (or one is the other with a letter deleted), so cards are
// bucketed by every such variant and only names in one bucket are compared. That is linear in the
// number of cards (25,000 names of 40 letters: about a million keys) instead of quadratic per brand.
// Names whose digits differ ("2,70 m" and "3,00 m") are sizes of one series, never duplicates.
internal static class SimilarNames
{
    public const int MaxDistance = 2;

    public static IEnumerable<(int A, int B, int Distance)> Pairs(IEnumerable<NamedProduct> cards)
    {
        var seen = new HashSet<(int, int)>();
        foreach (var brand in cards.GroupBy(c => c.BrandId))
        {
            var buckets = new Dictionary<string, List<NamedProduct>>(StringComparer.Ordinal);
            foreach (var card in brand)
            {
                foreach (var key in DeletionVariants(card.NormalizedName))
                {
                    if (!buckets.TryGetValue(key, out var list))
                    {
                        buckets[key] = list = [];
                    }

                    if (list.Count == 0 || list[^1].Id != card.Id)
                    {
                        list.Add(card);
                    }
                }
            }

            foreach (var bucket in buckets.Values.Where(b => b.Count > 1))
            {
                for (var i = 0; i < bucket.Count; i++)
                {
                    for (var j = i + 1; j < bucket.Count; j++)
                    {
                        var (a, b) = bucket[i].Id < bucket[j].Id ? (bucket[i], bucket[j]) : (bucket[j], bucket[i]);
                        if (!seen.Add((a.Id, b.Id)) || !SameDigits(a.NormalizedName, b.NormalizedName))
                        {
                            continue;
                        }

                        var distance = Distance(a.NormalizedName, b.NormalizedName, MaxDistance);
                        if (distance <= MaxDistance)
                        {
                            yield return (a.Id, b.Id, distance);
                        }
                    }
                }
            }
        }
    }

    // The name itself and the name with each single letter removed.
    private static IEnumerable<string> DeletionVariants(string name)
    {
        yield return name;
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && name[i] == name[i - 1])
            {
                continue;
            }

            yield return string.Concat(name.AsSpan(0, i), name.AsSpan(i + 1));
        }
    }

    private static bool SameDigits(string a, string b) => a.Where(char.IsDigit).SequenceEqual(b.Where(char.IsDigit));

    // Levenshtein distance, giving up (returning limit + 1) as soon as it must exceed the limit.
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Services;

namespace ShopCrm.Tests.Certificates;

public sealed class CertificateCodeTests
{
    [Fact]
    public void New_codes_are_grouped_valid_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => CertificateCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$", c));
        Assert.All(codes, c => Assert.Equal(c, CertificateCode.Normalize(c)));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void What_people_type_is_accepted_in_any_case_with_or_without_dashes()
    {
        var code = CertificateCode.New();

        Assert.Equal(code, CertificateCode.Normalize(code.ToLowerInvariant().Replace("-", " ")));
        Assert.Equal(code, CertificateCode.Normalize(code.Replace("-", "")));
    }

    [Fact]
    public void Every_single_mistyped_character_and_every_swap_of_neighbours_is_caught()
    {
        var compact = CertificateCode.New().Replace("-", "");

        for (var i = 0; i < compact.Length; i++)
        {
            foreach (var other in CertificateCode.Alphabet.Where(c => c != compact[i]))
            {
                Assert.Null(CertificateCode.Normalize(compact[..i] + other + compact[(i + 1)..]));
            }

            if (i + 1 < compact.Length && compact[i] != compact[i + 1])
            {
                Assert.Null(CertificateCode.Normalize(compact[..i] + compact[i + 1] + compact[i] + compact[(i + 2)..]));
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCD-EFGH")]
    [InlineData("0000-0000-0000-0000")]
    public void Anything_that_cannot_be_a_code_is_rejected(string? input) => Assert.Null(CertificateCode.Normalize(input));
}

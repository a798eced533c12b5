using Microsoft.Extensions.Options;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Security;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Certificates;

public sealed class CertificateCodeLimiterTests
{
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));

    private CertificateCodeLimiter Limiter(int wrongPerCaller = 3, int perCode = 2) =>
        new(Options.Create(new CertificateOptions { WrongCodesPerCallerPerMinute = wrongPerCaller, AttemptsPerCodePerMinute = perCode }), clock);

    [Fact]
    public void Wrong_guesses_stop_a_caller_for_the_rest_of_the_minute_and_say_how_long()
    {
        var limiter = Limiter();
        var allowed = Enumerable.Range(0, 3).Select(_ => limiter.TryBegin("api-key:1", CertificateCode.New()).Allowed).ToList();
        clock.Advance(TimeSpan.FromSeconds(20));

        var refused = limiter.TryBegin("api-key:1", CertificateCode.New());
        var otherCaller = limiter.TryBegin("api-key:2", CertificateCode.New());

        Assert.All(allowed, Assert.True);
        Assert.False(refused.Allowed);
        Assert.Equal(40, refused.RetryAfterSeconds);
        Assert.True(otherCaller.Allowed);
        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.True(limiter.TryBegin("api-key:1", CertificateCode.New()).Allowed);
    }

    [Fact]
    public void Codes_that_exist_do_not_count_as_wrong_guesses_but_count_for_their_code()
    {
        var limiter = Limiter(wrongPerCaller: 1, perCode: 2);
        var code = CertificateCode.New();

        var first = limiter.TryBegin("user:7", code);
        limiter.Found("user:7");
        var second = limiter.TryBegin("user:7", code);
        limiter.Found("user:7");
        var third = limiter.TryBegin("user:7", code);
        var fromElsewhere = limiter.TryBegin("api-key:3", code);

        Assert.True(first.Allowed);
        Assert.True(second.Allowed);
        Assert.False(third.Allowed);
        Assert.False(fromElsewhere.Allowed);
        Assert.True(limiter.TryBegin("user:7", CertificateCode.New()).Allowed);
    }

    [Fact]
    public void What_cannot_be_a_code_counts_for_the_caller_only()
    {
        var limiter = Limiter(wrongPerCaller: 2);

        Assert.True(limiter.TryBegin("api-key:1", null).Allowed);
        Assert.True(limiter.TryBegin("api-key:1", null).Allowed);
        Assert.False(limiter.TryBegin("api-key:1", null).Allowed);
    }

    [Theory]
    [InlineData("ABCD-EFGH-JKLM-7QX2", "••••-••••-••••-7QX2")]
    [InlineData("AB12", "AB12")]
    [InlineData("", "")]
    public void A_masked_code_keeps_its_last_four_characters_and_its_layout(string code, string masked)
    {
        Assert.Equal(masked, SecretText.LastFour(code));
        Assert.Equal(masked, CertificateCode.Mask(code));
    }

    [Fact]
    public void The_mask_made_in_sql_reads_like_the_mask_made_in_code()
    {
        var code = CertificateCode.New();

        Assert.Equal(CertificateCode.Mask(code), CertificateCode.MaskedPrefix + code.Substring(15, 4));
    }
}

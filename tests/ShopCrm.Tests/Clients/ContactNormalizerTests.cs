using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Services;

namespace ShopCrm.Tests.Clients;

public sealed class ContactNormalizerTests
{
    [Theory]
    [InlineData("601 234 567", "+48601234567")]
    [InlineData("601-234-567", "+48601234567")]
    [InlineData("(22) 123 45 67", "+48221234567")]
    [InlineData("+48 601 234 567", "+48601234567")]
    [InlineData("0048 601 234 567", "+48601234567")]
    [InlineData("48601234567", "+48601234567")]
    [InlineData("+49 30 1234567", "+49301234567")]
    [InlineData("00420 601 123 456", "+420601123456")]
    public void Phones_become_E164_with_Poland_as_the_default_country(string typed, string expected) =>
        Assert.Equal(expected, ContactNormalizer.Phone(typed));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345")]
    [InlineData("601 234 567 ext 12")]
    [InlineData("+0 601 234 567")]
    [InlineData("+1234567890123456")]
    public void Text_that_is_not_a_phone_number_normalizes_to_nothing(string typed) =>
        Assert.Null(ContactNormalizer.Phone(typed));

    [Fact]
    public void Emails_are_trimmed_and_lower_cased() =>
        Assert.Equal("jan.kowalski@wp.pl", ContactNormalizer.Email("  Jan.Kowalski@WP.pl "));

    [Theory]
    [InlineData("jan@wp.pl", true)]
    [InlineData("jan@wp", false)]
    [InlineData("jan.wp.pl", false)]
    [InlineData("jan@@wp.pl", false)]
    [InlineData("jan kowalski@wp.pl", false)]
    public void Only_mailbox_at_domain_is_an_email(string email, bool valid) =>
        Assert.Equal(valid, ContactNormalizer.IsValidEmail(email));

    [Fact]
    public void Names_lose_case_diacritics_and_punctuation() =>
        Assert.Equal("lukasz zolc kowalski", ContactNormalizer.Name("  Łukasz  Żółć-Kowalski "));

    [Theory]
    [InlineData("00-950", "mazowieckie")]
    [InlineData("31-042", "małopolskie")]
    [InlineData("80-001", "pomorskie")]
    [InlineData("90-001", "łódzkie")]
    [InlineData("50-001", "dolnośląskie")]
    [InlineData("61-001", "wielkopolskie")]
    [InlineData("70-001", "zachodniopomorskie")]
    [InlineData("15-001", "podlaskie")]
    [InlineData("85-001", "kujawsko-pomorskie")]
    [InlineData("40-001", "śląskie")]
    public void A_Polish_postal_code_gives_its_voivodeship(string postalCode, string region) =>
        Assert.Equal(region, ContactNormalizer.Region(postalCode));

    [Fact]
    public void Postal_codes_outside_Poland_give_no_region()
    {
        Assert.Null(ContactNormalizer.Region("10115", "DE"));
        Assert.Null(ContactNormalizer.Region("ab-123"));
        Assert.Equal("01-234", ContactNormalizer.PostalCode("01234"));
    }
}

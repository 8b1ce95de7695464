using StateTrace.Engine.Storage.Postgres;

namespace StateTrace.Engine.Tests.Storage.Postgres;

public sealed class PostgresTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a\0b", "a\u2400b")]
    [InlineData("\u2400", "\uFDD0\u2400")]
    [InlineData("\uFDD0", "\uFDD0\uFDD0")]
    [InlineData("\0\0", "\u2400\u2400")]
    public void Encode_OnlyNulAndTheEscapeCharacters_Change(string value, string stored)
    {
        PostgresText.Encode(value).Should().Be(stored);
        PostgresText.Decode(stored).Should().Be(value);
    }

    [Fact]
    public void Encode_EveryMixOfTheSpecialCharacters_RoundTripsWithoutNul()
    {
        var alphabet = new[] { '\0', '\u2400', '\uFDD0', 'x' };
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            var value = new string([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            var stored = PostgresText.Encode(value);

            stored.Should().NotContain("\0");
            PostgresText.Decode(stored).Should().Be(value);
        }
    }

    [Fact]
    public void Encode_StringWithoutSpecialCharacters_ReturnsTheSameInstance()
    {
        var value = new string('d', 64 * 1024);

        PostgresText.Encode(value).Should().BeSameAs(value);
    }
}

using System.Globalization;

namespace StateTrace.Engine.Generation;

/// <summary>Site codes as campuses name them: four characters, no <c>-</c> (the site is the text before the first <c>-</c>).</summary>
internal static class SiteCodes
{
    private static readonly string[] Known =
    [
        "WLLS", "BOYO", "HQ01", "DNVR", "AUST", "RDMD", "CHIC", "BOST", "SEAT", "PHNX", "ATLA", "MIAM",
        "DALL", "PDX1", "SLCY", "OMAH", "TLSA", "KNOX", "RENO", "BOIS", "HQ02", "LAB1", "DC01", "DC02",
    ];

    public static string For(int siteIndex) =>
        siteIndex < Known.Length ? Known[siteIndex] : "S" + siteIndex.ToString("D3", CultureInfo.InvariantCulture);
}

using System.Buffers;

namespace StateTrace.Engine.Sites;

/// <summary>The one site rule and the one path-sanitising rule, used everywhere (the original had three site rules).</summary>
public static class SiteNames
{
    private static readonly SearchValues<char> SafePathChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    /// <summary>The text before the first <c>-</c> of the hostname; a hostname without <c>-</c> is its own site.</summary>
    public static string SiteOf(string hostname)
    {
        var dash = hostname.IndexOf('-');
        return dash > 0 ? hostname[..dash] : hostname;
    }

    /// <summary>
    /// A file-name-safe form of a host or site name: anything outside <c>[A-Za-z0-9._-]</c> becomes <c>_</c>, and a
    /// leading dot is escaped, so <c>../x</c> or <c>a:b</c> can never leave the folder it is written to.
    /// </summary>
    public static string ForPath(string name)
    {
        if (name.Length == 0)
        {
            return "_";
        }

        if (!name.AsSpan().ContainsAnyExcept(SafePathChars) && name[0] != '.')
        {
            return name;
        }

        return string.Create(name.Length + (name[0] == '.' ? 1 : 0), name, static (span, source) =>
        {
            var offset = 0;
            if (source[0] == '.')
            {
                span[0] = '_';
                offset = 1;
            }

            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i + offset] = SafePathChars.Contains(c) ? c : '_';
            }
        });
    }
}

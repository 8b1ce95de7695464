namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>What ProCurve / AOS-Switch <c>show system</c> says; a VSF stack lists one serial per member.</summary>
/// <param name="Model">The <c>Product Name</c> where the release prints one, else empty.</param>
public sealed record ProcurveSystem(
    string Name,
    string Contact,
    string Location,
    string Version,
    string RomVersion,
    IReadOnlyList<string> Serial,
    string Uptime,
    string BaseMac,
    string Model);

/// <summary>
/// Reads <c>show system</c>: <c>Key : value</c> pairs, two to a line on most releases
/// (<c>Software revision  : K.15.06.0017         Base MAC Addr      : 7446a0-41a56f</c>). The first value ends at
/// the first run of two spaces that has another key after it; a value holding a colon of its own
/// (<c>12:30:15</c>) with no such gap stays whole.
/// </summary>
internal static class ShowSystem
{
    public static ProcurveSystem Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var values = new Values();
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var rest = raw.Trim();
            sawText |= !rest.IsEmpty;
            while (!rest.IsEmpty)
            {
                var colon = rest.IndexOf(':');
                if (colon <= 0)
                {
                    break;
                }

                var key = rest[..colon].Trim();
                var after = rest[(colon + 1)..];
                var valueStart = after.Length - after.TrimStart().Length;
                var gap = after[valueStart..].IndexOf("  ", StringComparison.Ordinal);
                if (gap < 0 || !after[(valueStart + gap)..].Contains(':'))
                {
                    values.Set(key, after.Trim());
                    break;
                }

                values.Set(key, after[valueStart..(valueStart + gap)].Trim());
                rest = after[(valueStart + gap)..].TrimStart();
            }
        }

        if (sawText && values.Name.Length == 0 && values.Version.Length == 0 && values.Serial is null)
        {
            report?.Invoke(firstLine, "show system: no 'System Name', 'Software revision' or 'Serial Number' line found; nothing read.");
        }

        return new ProcurveSystem(
            values.Name, values.Contact, values.Location, values.Version, values.Rom, values.Serial ?? [], values.Uptime, values.BaseMac, values.Model);
    }

    private sealed class Values
    {
        public string Name { get; private set; } = "";
        public string Contact { get; private set; } = "";
        public string Location { get; private set; } = "";
        public string Version { get; private set; } = "";
        public string Rom { get; private set; } = "";
        public List<string>? Serial { get; private set; }
        public string Uptime { get; private set; } = "";
        public string BaseMac { get; private set; } = "";
        public string Model { get; private set; } = "";

        // The first value of each key wins: a VSF stack repeats ROM Version and Up Time per member.
        public void Set(ReadOnlySpan<char> key, ReadOnlySpan<char> value)
        {
            if (key.Equals("Serial Number", StringComparison.OrdinalIgnoreCase))
            {
                if (!value.IsEmpty)
                {
                    (Serial ??= []).Add(value.ToString());
                }
            }
            else if (key.Equals("System Name", StringComparison.OrdinalIgnoreCase))
            {
                Name = First(Name, value);
            }
            else if (key.Equals("System Contact", StringComparison.OrdinalIgnoreCase))
            {
                Contact = First(Contact, value);
            }
            else if (key.Equals("System Location", StringComparison.OrdinalIgnoreCase))
            {
                Location = First(Location, value);
            }
            else if (key.Equals("Software revision", StringComparison.OrdinalIgnoreCase))
            {
                Version = First(Version, value);
            }
            else if (key.Equals("ROM Version", StringComparison.OrdinalIgnoreCase))
            {
                Rom = First(Rom, value);
            }
            else if (key.Equals("Up Time", StringComparison.OrdinalIgnoreCase))
            {
                Uptime = First(Uptime, value);
            }
            else if (key.Equals("Base MAC Addr", StringComparison.OrdinalIgnoreCase))
            {
                BaseMac = First(BaseMac, value);
            }
            else if (key.Equals("Product Name", StringComparison.OrdinalIgnoreCase))
            {
                Model = First(Model, value);
            }
        }

        private static string First(string current, ReadOnlySpan<char> value) => current.Length > 0 ? current : value.ToString();
    }
}

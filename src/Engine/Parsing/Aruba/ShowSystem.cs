namespace StateTrace.Engine.Parsing.Aruba;

/// <summary>
/// What AOS-CX <c>show system</c> says about the switch. <paramref name="Uptime"/> is the text as printed
/// (<c>1 day, 23 hours, 32 minutes</c>); the four parts are its numbers, empty where the text has none.
/// </summary>
public sealed record CxSystem(
    string Hostname,
    string Description,
    string Contact,
    string Location,
    string Vendor,
    string Product,
    string Serial,
    string BaseMac,
    string Version,
    string TimeZone,
    string Uptime,
    string UptimeWeeks,
    string UptimeDays,
    string UptimeHours,
    string UptimeMinutes);

/// <summary>
/// Reads <c>show system</c>: <c>Key : value</c> lines. The version key is <c>ArubaOS-CX Version</c> up to 10.12
/// and <c>AOS-CX Version</c> from 10.13 (HPE rebranding, also <c>Vendor : HPE ANW</c>).
/// </summary>
internal static class ShowSystem
{
    public static CxSystem Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string hostname = "", description = "", contact = "", location = "", vendor = "", product = "", serial = "";
        string baseMac = "", version = "", timeZone = "", uptime = "";
        var sawText = false;
        var known = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            sawText |= !line.IsWhiteSpace();
            if (!ArubaText.TrySplit(line, out var key, out var value))
            {
                continue;
            }

            switch (key)
            {
                case "Hostname":
                    hostname = value.ToString();
                    break;
                case "System Description":
                    description = value.ToString();
                    break;
                case "System Contact":
                    contact = value.ToString();
                    break;
                case "System Location":
                    location = value.ToString();
                    break;
                case "Vendor":
                    vendor = value.ToString();
                    break;
                case "Product Name":
                    product = value.ToString();
                    break;
                case "Chassis Serial Nbr" or "Serial Number":
                    serial = value.ToString();
                    break;
                case "Base MAC Address":
                    baseMac = value.ToString();
                    break;
                case "ArubaOS-CX Version" or "AOS-CX Version":
                    version = value.ToString();
                    break;
                case "Time Zone":
                    timeZone = value.ToString();
                    break;
                case "Up Time":
                    uptime = value.ToString();
                    break;
                default:
                    continue;
            }

            known = true;
        }

        if (sawText && !known)
        {
            report?.Invoke(firstLine, "show system: no 'Hostname :' or 'Product Name :' lines found; nothing read.");
        }

        var (weeks, days, hours, minutes) = UptimeParts(uptime);
        return new CxSystem(
            hostname, description, contact, location, vendor, product, serial, baseMac, version, timeZone, uptime, weeks, days, hours, minutes);
    }

    // "12 weeks, 13 days, 14 hours, under a minute" → 12, 13, 14, "".
    private static (string Weeks, string Days, string Hours, string Minutes) UptimeParts(string uptime)
    {
        string weeks = "", days = "", hours = "", minutes = "";
        var span = uptime.AsSpan();
        foreach (var range in span.Split(','))
        {
            var part = span[range].Trim();
            var space = part.IndexOf(' ');
            if (space <= 0 || !DeviceText.IsDigits(part[..space]))
            {
                continue;
            }

            var number = part[..space].ToString();
            var unit = part[(space + 1)..].TrimStart();
            if (unit.StartsWith("week", StringComparison.OrdinalIgnoreCase))
            {
                weeks = number;
            }
            else if (unit.StartsWith("day", StringComparison.OrdinalIgnoreCase))
            {
                days = number;
            }
            else if (unit.StartsWith("hour", StringComparison.OrdinalIgnoreCase))
            {
                hours = number;
            }
            else if (unit.StartsWith("minute", StringComparison.OrdinalIgnoreCase))
            {
                minutes = number;
            }
        }

        return (weeks, days, hours, minutes);
    }
}

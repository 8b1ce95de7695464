namespace StateTrace.Engine.Parsing.Procurve;

/// <summary>One client of AOS-Switch <c>show port-access clients</c>.</summary>
/// <param name="Type">As printed: <c>MAC</c>, <c>8021X</c>, <c>WEB</c>, <c>LOCAL</c>.</param>
/// <param name="Vlan">The VLAN list, continuation lines joined (<c>360, 361, 362</c>).</param>
/// <param name="Status">The session status where the release prints one (<c>Authenticated</c>), else empty.</param>
/// <param name="AuthMode"><c>dot1x</c>, <c>macauth</c> or <c>webauth</c> from Type, else Type in lower case.</param>
/// <param name="AuthState">Authorized, Unauthorized, Authenticating, or Unknown when the table has no status.</param>
public sealed record ProcurveClientRow(
    string Port, string ClientName, string Mac, string IpAddress, string UserRole, string Type, string Vlan, string Status,
    string AuthMode, string AuthState);

/// <summary>
/// Reads the <c>Port Client Name MAC Address IP Address [User Role] Type VLAN</c> table. A long VLAN list wraps onto
/// lines whose other columns are empty; those belong to the client above.
/// </summary>
internal static class PortAccessClients
{
    public static List<ProcurveClientRow> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<ProcurveClientRow>();
        var pool = new StringPool();
        var table = new TableReader();

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            if (!table.IsRow(line, out var columns))
            {
                continue;
            }

            var portText = columns.Field(line, columns.Find("Port"));
            var vlan = columns.Field(line, columns.Find("VLAN"));
            if (portText.IsEmpty && !vlan.IsEmpty && rows.Count > 0)
            {
                var last = rows[^1];
                rows[^1] = last with { Vlan = string.Concat(last.Vlan, " ", vlan) };
                continue;
            }

            var mac = columns.Field(line, columns.Find("MAC Address"));
            if (!ProcurvePorts.IsPort(portText) || !MacAddress.IsMac(mac))
            {
                report?.Invoke(firstLine + cursor.Number - 1, "show port-access clients: row is not 'port name MAC …'; row skipped.");
                continue;
            }

            var type = columns.Field(line, columns.Find("Type"));
            var status = columns.Field(line, columns.Find("Status"));
            rows.Add(new ProcurveClientRow(
                ProcurvePorts.Split(portText).Port,
                columns.Field(line, columns.Find("Client Name")).ToString(),
                mac.ToString(),
                pool.Get(columns.Field(line, columns.Find("IP Address"))),
                pool.Get(columns.Field(line, columns.Find("User Role"))),
                pool.Get(type),
                pool.Get(vlan),
                pool.Get(status),
                ModeOf(type),
                StateOf(status)));
        }

        table.ReportMissing(text, firstLine, report, "show port-access clients");
        return rows;
    }

    private static string ModeOf(ReadOnlySpan<char> type)
    {
        if (type.Equals("MAC", StringComparison.OrdinalIgnoreCase) || type.Equals("MAC-based", StringComparison.OrdinalIgnoreCase))
        {
            return "macauth";
        }

        if (type.Equals("8021X", StringComparison.OrdinalIgnoreCase) || type.Equals("802.1X", StringComparison.OrdinalIgnoreCase))
        {
            return "dot1x";
        }

        return type.Equals("WEB", StringComparison.OrdinalIgnoreCase) || type.Equals("web-based", StringComparison.OrdinalIgnoreCase)
            ? "webauth"
            : type.ToString().ToLowerInvariant();
    }

    // The client list shows clients with a session; without a status column it does not say whether the session
    // was accepted (a rejected client holds the initial role), so the state stays Unknown rather than guessed.
    private static string StateOf(ReadOnlySpan<char> status)
    {
        if (status.IsEmpty)
        {
            return "Unknown";
        }

        if (status.StartsWith("unauth", StringComparison.OrdinalIgnoreCase) || status.Contains("fail", StringComparison.OrdinalIgnoreCase)
            || status.Contains("reject", StringComparison.OrdinalIgnoreCase))
        {
            return "Unauthorized";
        }

        if (status.StartsWith("authenticated", StringComparison.OrdinalIgnoreCase) || status.StartsWith("authorized", StringComparison.OrdinalIgnoreCase))
        {
            return "Authorized";
        }

        return status.StartsWith("authenticating", StringComparison.OrdinalIgnoreCase) || status.StartsWith("connecting", StringComparison.OrdinalIgnoreCase)
            ? "Authenticating"
            : "Unknown";
    }
}

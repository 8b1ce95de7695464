namespace StateTrace.Engine.Parsing.Aruba;

/// <summary>
/// One client of <c>show aaa authentication port-access interface all client-status</c>. <paramref name="Method"/>
/// and <paramref name="State"/> split the authentication status line (<c>mac-auth Authenticated</c>).
/// </summary>
public sealed record CxPortAccessClient(
    string Port,
    string ClientMac,
    string ClientName,
    string Method,
    string State,
    string AuthPrecedence,
    string Role,
    string RoleStatus,
    string Ipv4Address);

/// <summary>
/// Reads the port-access client status: a <c>Client &lt;mac&gt;, &lt;name&gt;</c> line opens each client, then
/// <c>Session Details</c> (<c>Port</c>), <c>Authentication Details</c> (<c>Status</c>, <c>Auth Precedence</c>) and
/// <c>Authorization Details</c> (<c>Role</c>, <c>Status</c>): the two <c>Status</c> keys are told apart by section.
/// </summary>
internal static class PortAccessClients
{
    public static List<CxPortAccessClient> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<CxPortAccessClient>();
        var pool = new StringPool();
        Client? client = null;
        var authorization = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("Client ", StringComparison.Ordinal))
            {
                client?.AddTo(rows, report);
                var rest = trimmed["Client ".Length..];
                var comma = rest.IndexOf(',');
                var mac = (comma < 0 ? rest : rest[..comma]).Trim();
                client = new Client(firstLine + cursor.Number - 1, mac.ToString(), comma < 0 ? "" : rest[(comma + 1)..].Trim().ToString());
                authorization = false;
                continue;
            }

            if (client is null)
            {
                continue;
            }

            if (trimmed.StartsWith("Authorization Details", StringComparison.Ordinal))
            {
                authorization = true;
                continue;
            }

            if (trimmed.EndsWith(" Details", StringComparison.Ordinal))
            {
                authorization = false;
                continue;
            }

            if (!ArubaText.TrySplit(trimmed, out var key, out var value))
            {
                continue;
            }

            switch (key)
            {
                case "Port":
                    client.Port = pool.Get(value);
                    break;
                case "IPv4 Address":
                    client.Ipv4 = value.ToString();
                    break;
                case "Auth Precedence":
                    client.Precedence = pool.Get(value);
                    break;
                case "Role":
                    client.Role = pool.Get(value);
                    break;
                case "Status" when authorization:
                    client.RoleStatus = pool.Get(value);
                    break;
                case "Status":
                    var space = value.LastIndexOf(' ');
                    client.Method = space < 0 ? "" : pool.Get(value[..space].Trim());
                    client.State = pool.Get(space < 0 ? value : value[(space + 1)..]);
                    break;
            }
        }

        client?.AddTo(rows, report);
        return rows;
    }

    private sealed class Client(long line, string mac, string name)
    {
        public string Port { get; set; } = "";
        public string Ipv4 { get; set; } = "";
        public string Method { get; set; } = "";
        public string State { get; set; } = "";
        public string Precedence { get; set; } = "";
        public string Role { get; set; } = "";
        public string RoleStatus { get; set; } = "";

        public void AddTo(List<CxPortAccessClient> rows, ParseReport? report)
        {
            if (Port.Length == 0)
            {
                report?.Invoke(line, "port-access client-status: client has no 'Port :' line; client skipped.");
                return;
            }

            rows.Add(new CxPortAccessClient(Port, mac, name, Method, State, Precedence, Role, RoleStatus, Ipv4));
        }
    }
}

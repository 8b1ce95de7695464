namespace StateTrace.Engine.Parsing.Aruba;

/// <summary>
/// One <c>Interface X is up</c> block of AOS-CX <c>show interface</c>, values as printed (<c>Speed</c> is
/// <c>1000 Mb/s</c>, <c>Type</c> the transceiver such as <c>1GbT</c> or <c>--</c>). Duplex is <c>Full</c>/<c>Half</c>
/// from the <c>Full-duplex</c> line. VLAN fields are empty on routed ports.
/// </summary>
public sealed record CxInterface(
    string Interface,
    string LinkStatus,
    string AdminState,
    string StateInformation,
    string Description,
    string HardwareType,
    string MacAddress,
    string IpAddress,
    IReadOnlyList<string> SecondaryIpAddresses,
    string Vrf,
    string Mtu,
    string Type,
    string Duplex,
    string Speed,
    string AutoNegotiation,
    string VlanMode,
    string AccessVlan,
    string NativeVlan,
    IReadOnlyList<string> AllowedVlans,
    IReadOnlyList<string> AggregatedInterfaces);

/// <summary>
/// Reads AOS-CX <c>show interface</c>: blocks headed <c>Interface 1/1/1 is up</c> (or <c>Aggregate lag1 is up</c>)
/// whose indented lines carry the port's state, description, MAC, VLAN mode and counters. Counter tables are
/// skipped; any line that is neither a header nor inside a block is reported.
/// </summary>
internal static class ShowInterface
{
    public static List<CxInterface> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var rows = new List<CxInterface>();
        var pool = new StringPool();
        Block? block = null;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (!DeviceText.IsIndented(line))
            {
                if (TryHeader(trimmed, out var name, out var status))
                {
                    block?.AddTo(rows);
                    block = new Block(name.ToString(), pool.Get(status));
                }
                else if (!DeviceText.IsPrompt(line) && !ArubaText.IsEcho(line))
                {
                    report?.Invoke(firstLine + cursor.Number - 1, "show interface: line is outside any 'Interface X is …' block; skipped.");
                }

                continue;
            }

            block?.Read(trimmed, pool);
        }

        block?.AddTo(rows);
        return rows;
    }

    // "Interface 1/1/1 is up", "Interface 1/1/1 is down (Administratively down)", "Aggregate lag1 is up".
    private static bool TryHeader(ReadOnlySpan<char> line, out ReadOnlySpan<char> name, out ReadOnlySpan<char> status)
    {
        name = status = default;
        var rest = line.StartsWith("Interface ", StringComparison.Ordinal) ? line["Interface ".Length..]
            : line.StartsWith("Aggregate ", StringComparison.Ordinal) ? line["Aggregate ".Length..]
            : default;
        var at = rest.IndexOf(" is ", StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        name = rest[..at].Trim();
        status = DeviceText.FirstToken(rest[(at + " is ".Length)..]);
        return !name.IsEmpty && !name.ContainsAny(' ', '\t');
    }

    private sealed class Block(string name, string linkStatus)
    {
        private string adminState = "", stateInformation = "", description = "", hardwareType = "", mac = "", ip = "";
        private string vrf = "", mtu = "", type = "", duplex = "", speed = "", autoNegotiation = "";
        private string vlanMode = "", accessVlan = "", nativeVlan = "";
        private List<string>? secondary, allowed, members;

        // Dispatch on the first letter: most lines of a block are counters, which start with a digit or a word no
        // attribute starts with, and leave after one comparison.
        public void Read(ReadOnlySpan<char> line, StringPool pool)
        {
            ReadOnlySpan<char> value;
            switch (line[0])
            {
                case 'A':
                    if (After(line, "Admin state is ", out value))
                    {
                        adminState = pool.Get(value);
                    }
                    else if (After(line, "Access VLAN:", out value))
                    {
                        accessVlan = pool.Get(value);
                    }
                    else if (After(line, "Auto-negotiation is ", out value))
                    {
                        autoNegotiation = pool.Get(value);
                    }
                    else if (After(line, "Allowed VLAN List:", out value))
                    {
                        allowed = Split(value, ",", pool);
                    }
                    else if (After(line, "Aggregated-interfaces", out value) && value.StartsWith(':'))
                    {
                        members = Split(value[1..], ", \t", pool);
                    }

                    break;
                case 'S':
                    if (After(line, "State information:", out value))
                    {
                        stateInformation = pool.Get(value);
                    }
                    else if (After(line, "Speed ", out value))
                    {
                        speed = pool.Get(value);
                    }

                    break;
                case 'D':
                    if (After(line, "Description:", out value))
                    {
                        description = value.ToString();
                    }

                    break;
                case 'H':
                    if (After(line, "Hardware:", out value))
                    {
                        var comma = value.IndexOf(',');
                        hardwareType = pool.Get((comma < 0 ? value : value[..comma]).Trim());
                        var macAt = value.IndexOf("MAC Address:", StringComparison.Ordinal);
                        mac = macAt < 0 ? "" : value[(macAt + "MAC Address:".Length)..].Trim().ToString();
                    }
                    else
                    {
                        Duplex(line, pool);
                    }

                    break;
                case 'F':
                    Duplex(line, pool);
                    break;
                case 'I':
                    if (After(line, "IPv4 address ", out value))
                    {
                        var address = DeviceText.FirstToken(value);
                        if (value[address.Length..].Trim().SequenceEqual("secondary"))
                        {
                            (secondary ??= []).Add(address.ToString());
                        }
                        else if (ip.Length == 0)
                        {
                            ip = address.ToString();
                        }
                    }

                    break;
                case 'V':
                    if (After(line, "VLAN Mode:", out value))
                    {
                        vlanMode = pool.Get(value);
                    }
                    else if (After(line, "VRF name is ", out value))
                    {
                        vrf = pool.Get(value);
                    }

                    break;
                case 'M':
                    if (After(line, "MTU ", out value))
                    {
                        mtu = pool.Get(value);
                    }

                    break;
                case 'T':
                    if (After(line, "Type ", out value))
                    {
                        type = pool.Get(value);
                    }

                    break;
                case 'N':
                    if (After(line, "Native VLAN:", out value))
                    {
                        nativeVlan = pool.Get(value);
                    }

                    break;
            }
        }

        private static bool After(ReadOnlySpan<char> line, string prefix, out ReadOnlySpan<char> value)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                value = line[prefix.Length..].Trim();
                return true;
            }

            value = default;
            return false;
        }

        // "Full-duplex" / "Half-duplex" → Full / Half.
        private void Duplex(ReadOnlySpan<char> line, StringPool pool)
        {
            if (line.EndsWith("-duplex", StringComparison.Ordinal) && !line.Contains(' '))
            {
                duplex = pool.Get(line[..^"-duplex".Length]);
            }
        }

        public void AddTo(List<CxInterface> rows) => rows.Add(new CxInterface(
            name, linkStatus, adminState, stateInformation, description, hardwareType, mac, ip, secondary ?? [], vrf, mtu, type, duplex,
            speed, autoNegotiation, vlanMode, accessVlan, nativeVlan, allowed ?? [], members ?? []));

        private static List<string> Split(ReadOnlySpan<char> list, string separators, StringPool pool)
        {
            var values = new List<string>();
            foreach (var range in list.SplitAny(separators))
            {
                var value = list[range].Trim();
                if (!value.IsEmpty)
                {
                    values.Add(pool.Get(value));
                }
            }

            return values;
        }
    }
}

namespace StateTrace.Engine.Parsing.Cisco;

/// <summary>What <c>show version</c> says about the device. A stack lists one model and serial per member.</summary>
public sealed record VersionInfo(
    string Hostname,
    string Version,
    IReadOnlyList<string> Model,
    IReadOnlyList<string> Serial,
    string Uptime,
    string ConfigRegister);

/// <summary>
/// Reads <c>show version</c> on IOS and IOS-XE. The version comes from the software banner line
/// (<c>Cisco IOS Software …, Version 16.12.4,</c>), never from the stack table whose header is
/// <c>Switch Ports Model SW Version SW Image</c> (the original took the last <c>Version</c> word and stored <c>SW</c>).
/// </summary>
internal static class ShowVersion
{
    public static VersionInfo Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        string hostname = "", uptime = "", configRegister = "", boardId = "", cpuModel = "";
        string bannerVersion = "", xeVersion = "", anyVersion = "";
        List<string>? models = null;
        List<string>? serials = null;
        var sawText = false;

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            sawText = true;
            var uptimeAt = line.IndexOf(" uptime is ", StringComparison.Ordinal);
            if (uptimeAt > 0 && hostname.Length == 0 && !line[..uptimeAt].ContainsAny(' ', '\t'))
            {
                hostname = line[..uptimeAt].ToString();
                uptime = line[(uptimeAt + " uptime is ".Length)..].Trim().ToString();
                continue;
            }

            if (bannerVersion.Length == 0
                && (line.StartsWith("Cisco IOS Software", StringComparison.OrdinalIgnoreCase) || line.Contains("IOS (tm)", StringComparison.Ordinal)))
            {
                bannerVersion = VersionToken(line);
            }
            else if (xeVersion.Length == 0 && line.StartsWith("Cisco IOS XE Software", StringComparison.OrdinalIgnoreCase))
            {
                xeVersion = VersionToken(line);
            }
            else if (anyVersion.Length == 0 && line.Contains(", Version ", StringComparison.Ordinal))
            {
                anyVersion = VersionToken(line);
            }

            if (DeviceText.TryKeyValue(line, "Model Number", out var model) && !model.IsEmpty)
            {
                (models ??= []).Add(model.ToString());
            }
            else if (DeviceText.TryKeyValue(line, "System Serial Number", out var serial) && !serial.IsEmpty)
            {
                (serials ??= []).Add(serial.ToString());
            }
            else if (boardId.Length == 0 && DeviceText.TryValueAfter(line, "Processor board ID ", out var board))
            {
                boardId = DeviceText.FirstToken(board).TrimEnd(',').ToString();
            }
            else if (configRegister.Length == 0 && DeviceText.TryValueAfter(line, "Configuration register is ", out var register))
            {
                configRegister = DeviceText.FirstToken(register).ToString();
            }
            else if (cpuModel.Length == 0 && IsCpuLine(line))
            {
                cpuModel = CpuLineModel(line);
            }
        }

        var version = bannerVersion.Length > 0 ? bannerVersion : xeVersion.Length > 0 ? xeVersion : anyVersion;
        if (version.Length == 0 && sawText)
        {
            report?.Invoke(firstLine, "show version: no software version line found; Version left empty.");
        }

        IReadOnlyList<string> modelList = models ?? (cpuModel.Length > 0 ? [cpuModel] : []);
        IReadOnlyList<string> serialList = serials ?? (boardId.Length > 0 ? [boardId] : []);
        return new VersionInfo(hostname, version, modelList, serialList, uptime, configRegister);
    }

    // "… (CAT3K_CAA-UNIVERSALK9-M), Version 03.06.05E RELEASE SOFTWARE (fc2)" → 03.06.05E;
    // "…, Version 15.2(4.0.55)E, TEST ENGINEERING …" → 15.2(4.0.55)E.
    private static string VersionToken(ReadOnlySpan<char> line)
    {
        var at = line.IndexOf("Version ", StringComparison.Ordinal);
        if (at < 0)
        {
            return "";
        }

        var rest = line[(at + "Version ".Length)..].TrimStart();
        var end = rest.IndexOfAny(' ', ',', '\t');
        return (end < 0 ? rest : rest[..end]).ToString();
    }

    // "cisco WS-C4948E (MPC8548) processor (revision 4) with 1048576K bytes of memory."
    // "Cisco IOSv (revision 1.0) with  with 460137K/62464K bytes of memory."
    private static bool IsCpuLine(ReadOnlySpan<char> line) =>
        line.StartsWith("cisco ", StringComparison.OrdinalIgnoreCase)
        && (line.Contains(" processor", StringComparison.OrdinalIgnoreCase) || line.Contains("bytes of memory", StringComparison.OrdinalIgnoreCase));

    private static string CpuLineModel(ReadOnlySpan<char> line)
    {
        var model = DeviceText.FirstToken(line["cisco ".Length..]);
        var paren = model.IndexOf('(');
        return (paren >= 0 ? model[..paren] : model).ToString();
    }
}

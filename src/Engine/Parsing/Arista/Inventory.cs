namespace StateTrace.Engine.Parsing.Arista;

/// <summary>What an inventory line describes.</summary>
public enum AristaInventoryKind
{
    System,
    PowerSupply,
    Fan,
    Card,
    Transceiver,
}

/// <summary>One item of EOS <c>show inventory</c>.</summary>
/// <param name="Slot">The slot, module or port number; empty for the system itself.</param>
/// <param name="Description">The system's description, or a transceiver's manufacturer.</param>
/// <param name="HardwareVersion">The system's HW version, or a transceiver's revision.</param>
public sealed record AristaInventoryItem(
    AristaInventoryKind Kind, string Slot, string Model, string Description, string Serial, string HardwareVersion);

/// <summary>
/// Reads EOS <c>show inventory</c> section by section (<c>System information</c>, <c>System has N power supply
/// slots</c>, <c>… fan modules</c>, <c>… card slots</c>, <c>… transceiver slots</c>). Column headers and rules are
/// skipped; rows are read by token from the right because the manufacturer holds spaces (<c>Arista Networks</c>) and
/// captures are not always column-aligned. Sections that list no hardware (port counts, storage) are passed over.
/// </summary>
internal static class Inventory
{
    private const int MaxTokens = 32;

    public static List<AristaInventoryItem> Parse(ReadOnlySpan<char> text, long firstLine, ParseReport? report)
    {
        var items = new List<AristaInventoryItem>();
        var pool = new StringPool();
        var section = Section.None;
        var systemLines = 0;
        string systemModel = "", systemDescription = "";
        var sawText = false;
        var sawSection = false;
        Span<Range> t = stackalloc Range[MaxTokens];

        var cursor = new LineCursor(text);
        while (cursor.MoveNext(out var raw))
        {
            var line = raw.Trim();
            if (line.IsEmpty || DeviceText.IsRule(line) || DeviceText.IsPrompt(raw))
            {
                continue;
            }

            sawText = true;
            if (!DeviceText.IsIndented(raw) && line.StartsWith("System ", StringComparison.Ordinal))
            {
                section = SectionOf(line);
                sawSection = true;
                continue;
            }

            if (IsColumnHeader(line))
            {
                continue;
            }

            var count = DeviceText.Tokenize(line, t);
            var tokens = t[..count];
            switch (section)
            {
                case Section.System when systemLines == 0:
                    systemModel = line[tokens[0]].ToString();
                    systemDescription = count > 1 ? line[tokens[1].Start..].ToString() : "";
                    systemLines = 1;
                    break;
                case Section.System when systemLines == 1:
                    // "02.00 JPE13120702 2013-03-27 [epoch]": HW version, serial, manufacturing date.
                    items.Add(new AristaInventoryItem(
                        AristaInventoryKind.System, "", systemModel, systemDescription, count > 1 ? line[tokens[1]].ToString() : "", line[tokens[0]].ToString()));
                    systemLines = 2;
                    break;
                case Section.PowerSupply or Section.Card when count >= 2:
                    items.Add(SlotModelSerial(section == Section.Card ? AristaInventoryKind.Card : AristaInventoryKind.PowerSupply, line, tokens, 1, pool));
                    break;
                case Section.Fan when count >= 3:
                    items.Add(SlotModelSerial(AristaInventoryKind.Fan, line, tokens, 2, pool));
                    break;
                case Section.Transceiver when count >= 4:
                    items.Add(Transceiver(line, tokens, pool));
                    break;
                case Section.System or Section.Ignored:
                    break;
                case Section.None when line.StartsWith("show ", StringComparison.OrdinalIgnoreCase):
                    break; // the echoed command
                default:
                    report?.Invoke(firstLine + cursor.Number - 1, "show inventory: line fits no inventory section; line ignored.");
                    break;
            }
        }

        if (section == Section.System && systemLines == 1)
        {
            items.Insert(0, new AristaInventoryItem(AristaInventoryKind.System, "", systemModel, systemDescription, "", ""));
        }

        if (sawText && !sawSection)
        {
            report?.Invoke(firstLine, "show inventory: no 'System information' or 'System has' section found; nothing read.");
        }

        return items;
    }

    private static Section SectionOf(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("System information", StringComparison.OrdinalIgnoreCase))
        {
            return Section.System;
        }

        if (line.Contains("power supply", StringComparison.OrdinalIgnoreCase))
        {
            return Section.PowerSupply;
        }

        if (line.Contains(" fan ", StringComparison.OrdinalIgnoreCase))
        {
            return Section.Fan;
        }

        if (line.Contains("transceiver", StringComparison.OrdinalIgnoreCase))
        {
            return Section.Transceiver;
        }

        return line.Contains("card slot", StringComparison.OrdinalIgnoreCase) ? Section.Card : Section.Ignored;
    }

    // "Slot Model Serial Number", "Model Description", "HW Version Serial Number Mfg Date", "Port Manufacturer Model …".
    private static bool IsColumnHeader(ReadOnlySpan<char> line) =>
        line.Contains("Serial Number", StringComparison.Ordinal)
        || (line.StartsWith("Model", StringComparison.Ordinal) && line.Contains("Description", StringComparison.Ordinal))
        || line.StartsWith("Type ", StringComparison.Ordinal) && line.Contains("Count", StringComparison.Ordinal);

    // "1 PWR-460AC-F K192KU00241CZ" (model tokens start at modelAt; the serial is the last token when there are more).
    private static AristaInventoryItem SlotModelSerial(AristaInventoryKind kind, ReadOnlySpan<char> line, ReadOnlySpan<Range> t, int modelAt, StringPool pool)
    {
        var slot = line[t[0]].ToString();
        if (t.Length <= modelAt)
        {
            return new AristaInventoryItem(kind, slot, "", "", "", "");
        }

        if (t.Length == modelAt + 1)
        {
            return new AristaInventoryItem(kind, slot, pool.Get(line[t[modelAt]]), "", "", "");
        }

        var model = line[t[modelAt].Start..t[^2].End].Trim();
        return new AristaInventoryItem(kind, slot, pool.Get(model), "", line[t[^1]].ToString(), "");
    }

    // "51 Arista Networks SFP-10G-SR XCW1225FD753 0002": port, manufacturer (spaces), model, serial, revision; with
    // four words the revision is taken as missing.
    private static AristaInventoryItem Transceiver(ReadOnlySpan<char> line, ReadOnlySpan<Range> t, StringPool pool)
    {
        var n = t.Length;
        var last = n >= 5 ? n - 1 : n;
        return new AristaInventoryItem(
            AristaInventoryKind.Transceiver,
            line[t[0]].ToString(),
            pool.Get(line[t[last - 2]]),
            pool.Get(line[t[1].Start..t[last - 3].End]),
            line[t[last - 1]].ToString(),
            last < n ? pool.Get(line[t[last]]) : "");
    }

    private enum Section
    {
        None,
        System,
        PowerSupply,
        Fan,
        Card,
        Transceiver,
        Ignored,
    }
}

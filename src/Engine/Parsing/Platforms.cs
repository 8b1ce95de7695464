namespace StateTrace.Engine.Parsing;

/// <summary>Platform names as used by <c>--platform</c>, in JSON and in the stores (design §2).</summary>
public static class Platforms
{
    public const string CiscoIos = "cisco_ios";
    public const string CiscoNxos = "cisco_nxos";
    public const string AristaEos = "arista_eos";
    public const string BrocadeFastIron = "brocade_fastiron";
    public const string ArubaAosCx = "aruba_aoscx";
    public const string HpProcurve = "hp_procurve";
    public const string JuniperJunos = "juniper_junos";
    public const string PaloAltoPanos = "paloalto_panos";

    public static IReadOnlyList<string> All { get; } =
        [CiscoIos, CiscoNxos, AristaEos, BrocadeFastIron, ArubaAosCx, HpProcurve, JuniperJunos, PaloAltoPanos];
}

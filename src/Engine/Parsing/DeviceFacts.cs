using StateTrace.Engine.Diagnostics;

namespace StateTrace.Engine.Parsing;

/// <summary>What every vendor parser returns for one host (design §2, the facts contract).</summary>
public sealed class DeviceFacts
{
    public string Hostname { get; set; } = "";
    public string Site { get; set; } = "";
    public string Make { get; set; } = "";
    /// <summary>One of <see cref="Platforms"/>.</summary>
    public string Platform { get; set; } = "";
    public string Model { get; set; } = "";
    public string Version { get; set; } = "";
    public string Serial { get; set; } = "";
    public string Uptime { get; set; } = "";
    public string Location { get; set; } = "";
    public string Building { get; set; } = "";
    public string Floor { get; set; } = "";
    public string Room { get; set; } = "";
    public string Row { get; set; } = "";
    public string Rack { get; set; } = "";
    public string AuthDefaultVlan { get; set; } = "";
    /// <summary>The global authentication configuration lines, LF-joined.</summary>
    public string AuthBlock { get; set; } = "";
    public int InterfaceCount => Interfaces.Count;
    public List<InterfaceFacts> Interfaces { get; } = [];
    public List<MacEntry> MacEntries { get; } = [];
    public List<Neighbor> Neighbors { get; } = [];
    public List<SpanEntry> SpanningTree { get; } = [];
    public List<VlanEntry> Vlans { get; } = [];
    /// <summary>Lines the parser could not read, located in the input files.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];
}

/// <summary>One port, as the device prints it, with everything the captures say about it.</summary>
public sealed class InterfaceFacts
{
    public string Port { get; set; } = "";
    /// <summary>Orders ports naturally within and across vendors (<see cref="PortSort"/>).</summary>
    public string PortSort { get; set; } = "";
    public string Name { get; set; } = "";
    public string Status { get; set; } = "";
    /// <summary>Text, never a number: keeps <c>trunk</c>, <c>routed</c> and empty apart from VLAN 0.</summary>
    public string Vlan { get; set; } = "";
    public string Duplex { get; set; } = "";
    public string Speed { get; set; } = "";
    public string Type { get; set; } = "";
    public string Description { get; set; } = "";
    public string InterfaceMac { get; set; } = "";
    /// <summary>Every MAC learned on the port, comma-joined in table order.</summary>
    public string LearnedMacs { get; set; } = "";
    public string AuthState { get; set; } = "";
    public string AuthMode { get; set; } = "";
    public string AuthClientMac { get; set; } = "";
    public string AuthVlan { get; set; } = "";
    public string AuthTemplate { get; set; } = "";
    public string MissingAuthCmds { get; set; } = "";
    /// <summary>The port's configuration block, LF-joined, header line included.</summary>
    public string Config { get; set; } = "";
    public string PortColor { get; set; } = "";
    public string ConfigStatus { get; set; } = "";
}

public sealed record MacEntry(string Vlan, string Mac, string Type, string Port);

public sealed record Neighbor(string Protocol, string LocalPort, string NeighborName, string NeighborPort, string Platform, string MgmtAddress);

public sealed record SpanEntry(string Vlan, string RootSwitch, string RootPort, string Role, string Upstream);

public sealed record VlanEntry(string Id, string Name, string Status);

namespace StateTrace.Engine.Parsing.Brocade;

/// <summary>The interfaces by port name, for the tables that name ports.</summary>
internal sealed class PortIndex(List<InterfaceFacts> interfaces)
{
    private readonly Dictionary<string, InterfaceFacts> byPort = Build(interfaces);

    public InterfaceFacts? Find(string port) => byPort.GetValueOrDefault(port);

    private static Dictionary<string, InterfaceFacts> Build(List<InterfaceFacts> interfaces)
    {
        var map = new Dictionary<string, InterfaceFacts>(interfaces.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var port in interfaces)
        {
            map.TryAdd(port.Port, port);
        }

        return map;
    }
}

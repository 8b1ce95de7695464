namespace StateTrace.Engine.Generation;

/// <summary>
/// Chooses and makes the changes of a change run. Port <c>p</c> of host <c>h</c> of site <c>s</c> changes when the first
/// draw of the stream (seed, "changed", s, h, p) falls below the rate, so the same rate always changes the same ports;
/// the next draws pick what changes: its description, its VLAN or its status.
/// </summary>
/// <remarks>
/// A change must show in the port's stored row, so every candidate is checked against what the device prints
/// (<see cref="ISessionWriter.View"/>): a VLAN move on a port whose table says <c>trunk</c>, or a shut port going from
/// not connected to disabled on a platform that prints both as <c>down</c>, is not a change; the next field is taken.
/// </remarks>
internal static class PortChanges
{
    public const string Description = "description";
    public const string Vlan = "vlan";
    public const string Status = "status";

    private const ulong ChangedStream = 0x6368616E676564; // "changed"

    /// <summary>The host with its chosen ports changed (the same instance when none is); each change is added to <paramref name="log"/>.</summary>
    public static HostPlan Apply(ulong corpusSeed, HostPlan host, double rate, List<ChangedPort> log)
    {
        if (rate <= 0)
        {
            return host;
        }

        var writer = SessionWriters.For(host);
        var hostStream = Prng.Derive(Prng.Derive(Prng.Derive(corpusSeed, ChangedStream), (ulong)host.SiteIndex), (ulong)host.HostIndex);
        PortPlan[]? ports = null;
        for (var i = 0; i < host.Ports.Length; i++)
        {
            var old = host.Ports[i];
            var random = new Prng(Prng.Derive(hostStream, (ulong)old.Number));
            if (random.NextDouble() >= rate)
            {
                continue;
            }

            var (changed, field, before, after) = Change(ref random, host, writer, i);
            ports ??= (PortPlan[])host.Ports.Clone();
            ports[i] = changed;
            log.Add(new ChangedPort(host.Site, host.Hostname, host.Platform, before.Port, field,
                Pick(before, field), Pick(after, field)));
        }

        return ports is null ? host : host.WithPorts(ports);
    }

    private static (PortPlan Port, string Field, PortView Before, PortView After) Change(ref Prng random, HostPlan host, ISessionWriter writer, int index)
    {
        var old = host.Ports[index];
        var before = writer.View(host, index, old);
        var first = random.Next(100) switch { < 40 => 0, < 70 => 1, _ => 2 };
        for (var k = 0; k < 3; k++)
        {
            switch ((first + k) % 3)
            {
                case 1:
                    var moved = old.WithNewVlan(ref random, host);
                    if (moved is not null && Differs(writer.View(host, index, moved), before, Vlan, out var afterMove))
                    {
                        return (moved, Vlan, before, afterMove);
                    }

                    break;
                case 2:
                    foreach (var state in old.NextStates(ref random, host))
                    {
                        var switched = old.WithState(ref random, host, state);
                        if (Differs(writer.View(host, index, switched), before, Status, out var afterSwitch))
                        {
                            return (switched, Status, before, afterSwitch);
                        }
                    }

                    break;
                default:
                    var relabelled = old.WithNewDescription(ref random, host);
                    if (Differs(writer.View(host, index, relabelled), before, Description, out var afterRelabel))
                    {
                        return (relabelled, Description, before, afterRelabel);
                    }

                    break;
            }
        }

        // WithNewDescription always differs after trimming, so this is unreachable; fail loudly if a writer disagrees.
        throw new InvalidOperationException($"No visible change found for port {before.Port} of {host.Hostname}.");
    }

    private static bool Differs(PortView candidate, PortView before, string field, out PortView after)
    {
        after = candidate;
        return !string.Equals(Pick(candidate, field).Trim(), Pick(before, field).Trim(), StringComparison.Ordinal);
    }

    private static string Pick(PortView view, string field) => field switch
    {
        Vlan => view.Vlan,
        Status => view.Status,
        _ => view.Description,
    };
}

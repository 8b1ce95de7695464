using System.Globalization;

namespace StateTrace.Engine.Generation;

/// <summary>New versions of a port for a change run: one visible field altered, the rest of the port as it follows.</summary>
internal sealed partial record PortPlan
{
    /// <summary>The port re-labelled: a new description of the same kind of device, never one equal after trimming.</summary>
    public PortPlan WithNewDescription(ref Prng random, HostPlan host)
    {
        var old = Description.Trim();
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var description = host.Kind switch
            {
                HostKind.Server => DescribeServer(ref random, host, Role),
                HostKind.Firewall => Role switch
                {
                    PortRole.Untrust => random.Pick(UntrustNames),
                    PortRole.Dmz => random.Pick(DmzNames),
                    PortRole.Guest => random.Pick(GuestNames),
                    PortRole.Trust => random.Pick(TrustExtras),
                    _ => random.Percent(50) ? "Unused" : "Reserved",
                },
                _ => Describe(ref random, host, Role),
            };

            if (!string.Equals(description.Trim(), old, StringComparison.Ordinal))
            {
                return this with { Description = description };
            }
        }

        return this with { Description = old.Length == 0 ? string.Create(CultureInfo.InvariantCulture, $"Patch {Number}") : old + " (moved)" };
    }

    /// <summary>The port moved to another of the host's access VLANs, its devices with it; null on a firewall.</summary>
    public PortPlan? WithNewVlan(ref Prng random, HostPlan host)
    {
        if (host.Kind == HostKind.Firewall)
        {
            return null;
        }

        var choices = host.AccessVlans.Where(v => v != Vlan && v != VoiceVlan).ToArray();
        var vlan = random.Pick(choices);
        var endpoints = Endpoints.Select(e => e.Vlan == Vlan ? e with { Vlan = vlan } : e).ToArray();
        return this with { Vlan = vlan, Endpoints = endpoints };
    }

    /// <summary>The states this port may go to, most likely first: unplugged, plugged in, shut or enabled.</summary>
    public PortState[] NextStates(ref Prng random, HostPlan host)
    {
        var firewall = host.Kind == HostKind.Firewall;
        return State switch
        {
            PortState.Connected when firewall => [PortState.NotConnected],
            PortState.Connected => random.Percent(75) ? [PortState.NotConnected, PortState.Disabled] : [PortState.Disabled, PortState.NotConnected],
            PortState.NotConnected when firewall => [PortState.Connected],
            PortState.NotConnected => Role == PortRole.Spare ? [PortState.Disabled, PortState.Connected] : [PortState.Connected, PortState.Disabled],
            _ => [PortState.NotConnected, PortState.Connected],
        };
    }

    /// <summary>The port in <paramref name="state"/>: a link that comes up learns devices, one that goes down forgets them.</summary>
    public PortPlan WithState(ref Prng random, HostPlan host, PortState state)
    {
        if (state == State)
        {
            return this;
        }

        if (state != PortState.Connected)
        {
            return State != PortState.Connected
                ? this with { State = state }
                : this with
                {
                    State = state,
                    SpeedMbps = 0,
                    HalfDuplex = false,
                    Endpoints = [],
                    Neighbor = NeighborKind.None,
                    InputRateBits = 0,
                    OutputRateBits = 0,
                    IdleSeconds = random.Next(300, 86400),
                };
        }

        PortPlan up;
        if (host.Kind == HostKind.Access)
        {
            var (speed, half) = LinkSpeed(ref random, Role);
            var endpoints = DeriveEndpoints(ref random, Role, Vlan, VoiceVlan, Auth);
            up = this with
            {
                State = state,
                SpeedMbps = speed,
                HalfDuplex = half,
                Endpoints = endpoints,
                Neighbor = NeighborOf(ref random, Role),
            };
        }
        else
        {
            up = Connect(ref random, this with { State = state });
        }

        var scale = Math.Max(1, up.SpeedMbps / 1000);
        return up with
        {
            EverUp = true,
            InputPackets = InputPackets + random.Next(1_000, 90_000),
            OutputPackets = OutputPackets + random.Next(5_000, 200_000),
            InputBytes = InputBytes + random.Next(100_000, 9_000_000),
            OutputBytes = OutputBytes + random.Next(500_000, 20_000_000),
            InputRateBits = random.Next(1, 400) * 1000 * scale,
            OutputRateBits = random.Next(1, 900) * 1000 * scale,
            IdleSeconds = random.Next(0, 4),
        };
    }
}

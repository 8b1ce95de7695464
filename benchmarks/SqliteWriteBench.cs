using BenchmarkDotNet.Attributes;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Sqlite;

namespace StateTrace.Benchmarks;

/// <summary>
/// Rows/s of the SQLite write path on realistic interface rows (~23 columns, ~300-byte config, with history), one
/// writer on one site file and five writers on five site files at once. Rows/s = <see cref="Rows"/> / mean.
/// </summary>
[MemoryDiagnoser]
public class SqliteWriteBench
{
    private const int HostsPerSite = 100;
    private const int PortsPerHost = 48;
    private readonly List<DeviceFacts> hosts = [];
    private string folder = "";

    [Params(1, 5)]
    public int Sites { get; set; }

    public int Rows => Sites * HostsPerSite * PortsPerHost;

    [GlobalSetup]
    public void Setup()
    {
        for (var h = 0; h < HostsPerSite; h++)
        {
            var facts = new DeviceFacts { Hostname = $"SITE-B01-AS-{h:D3}", Site = "SITE", Make = "Cisco", Platform = "cisco_ios", Model = "C9300-48P", Version = "17.9.4a" };
            for (var p = 1; p <= PortsPerHost; p++)
            {
                var port = $"Gi1/0/{p}";
                facts.Interfaces.Add(new InterfaceFacts
                {
                    Port = port,
                    PortSort = PortSort.KeyOf(port),
                    Name = $"User port {p}",
                    Status = "connected",
                    Vlan = "110",
                    Duplex = "a-full",
                    Speed = "a-1000",
                    Type = "10/100/1000BaseTX",
                    Description = $"User port {p}",
                    InterfaceMac = "0011.2233.4455",
                    LearnedMacs = "98fa.9bad.b4be,00eb.d56b.0f06",
                    AuthState = "Authorized",
                    AuthMode = "dot1x",
                    AuthClientMac = "98fa.9bad.b4be",
                    AuthVlan = "110",
                    AuthTemplate = "flexible",
                    Config = $"interface GigabitEthernet1/0/{p}\n description User port {p}\n switchport access vlan 110\n switchport mode access\n" +
                        " authentication event fail action next-method\n authentication order mab dot1x\n authentication priority dot1x mab\n" +
                        " authentication port-control auto\n mab\n dot1x pae authenticator\n spanning-tree portfast",
                    PortColor = "Green",
                    ConfigStatus = "Match",
                });
            }

            hosts.Add(facts);
        }
    }

    [IterationSetup]
    public void Fresh()
    {
        folder = Path.Combine(Path.GetTempPath(), "statetrace-bench-sqlite", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [IterationCleanup]
    public void Clean() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public void Write() => Parallel.For(0, Sites, new ParallelOptions { MaxDegreeOfParallelism = Sites }, s =>
    {
        using var store = SqliteSiteStore.Open(folder, $"S{s}");
        var run = new RunStamp("bench", DateTimeOffset.UnixEpoch);
        SiteIndex? index = null;

        // Twenty hosts per transaction, as the pipeline's writer batches them under load.
        for (var first = 0; first < hosts.Count; first += 20)
        {
            using var transaction = store.Begin();
            index ??= transaction.LoadIndex();
            for (var h = first; h < Math.Min(first + 20, hosts.Count); h++)
            {
                var changes = HostDiff.Compute(hosts[h], new IngestionStamp(hosts[h].Hostname, "h", 1), null);
                transaction.Apply(changes, run);
            }

            transaction.Commit(true);
        }
    });
}

using StateTrace.Engine.Parsing;
using StateTrace.Engine.Storage;

namespace StateTrace.Engine.Tests.Storage;

/// <summary>
/// The one contract every store provider passes: a subclass per provider supplies <see cref="Open"/> and
/// <see cref="Query"/> (plain SQL with unquoted names, which every provider's schema accepts).
/// </summary>
public abstract class SiteStoreContract
{
    protected static readonly RunStamp Run1 = new("run-1", new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    protected static readonly RunStamp Run2 = new("run-2", new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    internal abstract ISiteStore Open(string site);

    /// <summary>Rows of a query against the site's store, every value as invariant text, column names lower-cased.</summary>
    protected abstract List<Dictionary<string, string>> Query(string site, string sql);

    protected static DeviceFacts Facts(params (string Port, string Description)[] ports)
    {
        var facts = new DeviceFacts { Hostname = "WLLS-A01-AS-01", Site = "WLLS", Make = "Cisco", Platform = "cisco_ios", Model = "C9300-48P", Version = "17.9.4a" };
        foreach (var (port, description) in ports)
        {
            facts.Interfaces.Add(new InterfaceFacts { Port = port, PortSort = PortSort.KeyOf(port), Name = description, Description = description, Status = "connected", Vlan = "trunk" });
        }

        return facts;
    }

    /// <summary>What the pipeline's site writer does for one host: diff against the store's index, apply, commit.</summary>
    internal static WriteCounts Write(ISiteStore store, DeviceFacts facts, RunStamp run, string hash = "abc", long length = 10)
    {
        using var transaction = store.Begin();
        var index = transaction.LoadIndex();
        var changes = HostDiff.Compute(facts, new IngestionStamp(facts.Hostname, hash, length), index.Hosts.GetValueOrDefault(facts.Hostname));
        transaction.Apply(changes, run);
        transaction.Commit(changes.WritesInventory);
        return changes.Counts;
    }

    private string Count(string sql) => Query("WLLS", sql)[0].Values.Single();

    [Fact]
    public void Write_NewHost_StoresDevicePortsHistoryAndIngestionRecord()
    {
        using (var store = Open("WLLS"))
        {
            Write(store, Facts(("Gi1/0/1", "printer"), ("Gi1/0/2", "ap")), Run1).Should().Be(new WriteCounts(2, 0, 0, 0, true));
            store.FindIngestion("wlls-a01-as-01").Should().BeEquivalentTo(new { FileHash = "abc", SourceLength = 10L, RunId = "run-1", LastIngestedUtc = Run1.RunDate });
        }

        Query("WLLS", "SELECT hostname, model, ports FROM DeviceSummary").Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new Dictionary<string, string> { ["hostname"] = "WLLS-A01-AS-01", ["model"] = "C9300-48P", ["ports"] = "2" });
        Query("WLLS", "SELECT port, vlan FROM Interfaces ORDER BY portsort").Select(r => (r["port"], r["vlan"]))
            .Should().Equal(("Gi1/0/1", "trunk"), ("Gi1/0/2", "trunk"));
        Query("WLLS", "SELECT port, changekind, runid FROM InterfaceHistory ORDER BY port").Select(r => (r["port"], r["changekind"], r["runid"]))
            .Should().Equal(("Gi1/0/1", "Insert", "run-1"), ("Gi1/0/2", "Insert", "run-1"));
        Count("SELECT COUNT(*) FROM DeviceHistory").Should().Be("1");
    }

    [Fact]
    public void Write_IdenticalFactsAgain_WritesNoRowAndNoHistory()
    {
        using var store = Open("WLLS");
        Write(store, Facts(("Gi1/0/1", "a"), ("Gi1/0/2", "b")), Run1);

        Write(store, Facts(("Gi1/0/1", "a"), ("Gi1/0/2", "b")), Run2).Should().Be(new WriteCounts(0, 0, 0, 2, false));

        Count("SELECT COUNT(*) FROM InterfaceHistory").Should().Be("2");
        Count("SELECT COUNT(*) FROM DeviceHistory").Should().Be("1");
    }

    [Fact]
    public void Write_ChangedAndVanishedPorts_OneUpdateOneDeleteEachWithHistory()
    {
        using var store = Open("WLLS");
        Write(store, Facts(("Gi1/0/1", "a"), ("Gi1/0/2", "b"), ("Gi1/0/3", "c")), Run1);
        var idsBefore = Query("WLLS", "SELECT id, port FROM Interfaces").ToDictionary(r => r["port"], r => r["id"]);

        Write(store, Facts(("Gi1/0/1", "a"), ("Gi1/0/2", "changed")), Run2).Should().Be(new WriteCounts(0, 1, 1, 1, true));

        Query("WLLS", "SELECT id, port, description FROM Interfaces ORDER BY portsort").Select(r => (r["port"], r["description"], r["id"]))
            .Should().Equal(("Gi1/0/1", "a", idsBefore["Gi1/0/1"]), ("Gi1/0/2", "changed", idsBefore["Gi1/0/2"]));
        Query("WLLS", "SELECT port, changekind, description FROM InterfaceHistory WHERE runid = 'run-2' ORDER BY port")
            .Select(r => (r["port"], r["changekind"], r["description"]))
            .Should().Equal(("Gi1/0/2", "Update", "changed"), ("Gi1/0/3", "Delete", "c"));
        Query("WLLS", "SELECT changekind FROM DeviceHistory ORDER BY id").Select(r => r["changekind"]).Should().Equal("Insert", "Update");
    }

    [Fact]
    public void Write_HostileStrings_RoundTripUnchanged()
    {
        string[] hostile =
        [
            "Robert'); DROP TABLE Interfaces;--",
            "<script>alert(\"x\")</script> & ' \"",
            "nul\0inside",
            new string('d', 64 * 1024),
            "SELECT * FROM DeviceSummary WHERE 1=1 OR ''=''",
        ];
        var facts = Facts([.. hostile.Select((h, i) => ($"Gi1/0/{i + 1}", h))]);
        using (var store = Open("WLLS"))
        {
            Write(store, facts, Run1);
            Write(store, Facts([.. hostile.Select((h, i) => ($"Gi1/0/{i + 1}", h))]), Run2).Rows.Should().Be(0);
        }

        Query("WLLS", "SELECT description FROM Interfaces ORDER BY portsort").Select(r => r["description"]).Should().Equal(hostile);
    }

    [Fact]
    public void Write_Tables_ReplacedOnlyWhenChanged()
    {
        using var store = Open("WLLS");
        var facts = Facts(("Gi1/0/1", "a"));
        facts.MacEntries.Add(new MacEntry("10", "0011.2233.4455", "DYNAMIC", "Gi1/0/1"));
        facts.Neighbors.Add(new Neighbor("LLDP", "Gi1/0/1", "core", "Et1", "Arista", "10.0.0.1"));
        facts.SpanningTree.Add(new SpanEntry("VLAN0010", "0011.2233.4455", "Gi1/0/1", "Root FWD", "Gi1/0/1"));
        Write(store, facts, Run1);
        var again = Facts(("Gi1/0/1", "a"));
        again.MacEntries.AddRange(facts.MacEntries);
        again.Neighbors.AddRange(facts.Neighbors);
        again.SpanningTree.AddRange(facts.SpanningTree);

        Write(store, again, Run2);

        Query("WLLS", "SELECT mac, port FROM MacEntries").Select(r => (r["mac"], r["port"])).Should().Equal(("0011.2233.4455", "Gi1/0/1"));
        Count("SELECT COUNT(*) FROM Neighbors").Should().Be("1");
        Count("SELECT COUNT(*) FROM SpanHistory").Should().Be("1");
    }

    [Fact]
    public void Commit_InventoryChanged_BumpsGeneration_OtherwiseKeepsIt()
    {
        using var store = Open("WLLS");
        long Generation()
        {
            using var t = store.Begin();
            return t.Generation;
        }

        var start = Generation();
        Write(store, Facts(("Gi1/0/1", "a")), Run1);
        var afterWrite = Generation();
        Write(store, Facts(("Gi1/0/1", "a")), Run2);

        afterWrite.Should().Be(start + 1);
        Generation().Should().Be(afterWrite);
    }

    [Fact]
    public void LoadIndex_AfterWrites_HoldsSignaturesAndRowIdsOnly()
    {
        using var store = Open("WLLS");
        Write(store, Facts(("Gi1/0/1", "a"), ("Gi1/0/2", "b")), Run1);

        using var transaction = store.Begin();
        var index = transaction.LoadIndex();

        index.Generation.Should().Be(transaction.Generation);
        var host = index.Hosts["wlls-a01-as-01"];
        host.Ports.Keys.Should().BeEquivalentTo("Gi1/0/1", "Gi1/0/2");
        host.Ports["gi1/0/2"].Signature.Should().Be(RowSignature.Of(Facts(("Gi1/0/1", "a"), ("Gi1/0/2", "b")).Interfaces[1]));
        host.Ports["Gi1/0/1"].RowId.Should().Be(long.Parse(Query("WLLS", "SELECT id FROM Interfaces WHERE port = 'Gi1/0/1'")[0]["id"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Dispose_UncommittedTransaction_RollsBackEverything()
    {
        using (var store = Open("WLLS"))
        {
            using var transaction = store.Begin();
            var changes = HostDiff.Compute(Facts(("Gi1/0/1", "a")), new IngestionStamp("WLLS-A01-AS-01", "h", 1), null);
            transaction.Apply(changes, Run1);
        }

        Count("SELECT COUNT(*) FROM Interfaces").Should().Be("0");
        Count("SELECT COUNT(*) FROM IngestionHistory").Should().Be("0");
    }

    [Fact]
    public void Write_OnlyTablesChanged_StoresTheNewTablesSignatureSoAReloadSeesNoChange()
    {
        using var store = Open("WLLS");
        Write(store, Facts(("Gi1/0/1", "a")), Run1);
        var changed = Facts(("Gi1/0/1", "a"));
        changed.MacEntries.Add(new MacEntry("10", "0011.2233.4455", "DYNAMIC", "Gi1/0/1"));
        Write(store, changed, Run2);

        using var transaction = store.Begin();
        var index = transaction.LoadIndex();
        var again = Facts(("Gi1/0/1", "a"));
        again.MacEntries.Add(new MacEntry("10", "0011.2233.4455", "DYNAMIC", "Gi1/0/1"));
        var diff = HostDiff.Compute(again, new IngestionStamp(again.Hostname, "abc", 10), index.Hosts[again.Hostname]);

        diff.TablesChanged.Should().BeFalse();
        diff.Device.Should().BeNull();
    }
}

using Microsoft.Data.Sqlite;
using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Sqlite;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Storage;

public class SqliteSiteStoreTests
{
    private static readonly DateTimeOffset RunDate = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static DeviceFacts Facts(params (string Port, string Description)[] ports)
    {
        var facts = new DeviceFacts { Hostname = "WLLS-A01-AS-01", Site = "WLLS", Make = "Cisco", Platform = "cisco_ios", Model = "C9300-48P", Version = "17.9.4a" };
        foreach (var (port, description) in ports)
        {
            facts.Interfaces.Add(new InterfaceFacts { Port = port, PortSort = PortSort.KeyOf(port), Name = description, Description = description, Status = "connected", Vlan = "trunk" });
        }

        return facts;
    }

    private static HostSlice Slice(string hash = "abc", long length = 10) =>
        new("WLLS-A01-AS-01", "WLLS", "/dev/null") { Hash = hash, Length = length };

    private static List<Dictionary<string, object>> Rows(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public void WriteHost_NewHost_StoresDevicePortsAndIngestionRecordInTheSiteFile()
    {
        using var temp = new TempDirectory();
        using (var store = SqliteSiteStore.Open(temp.Path, "WLLS"))
        {
            var counts = store.WriteHost(Facts(("Gi1/0/1", "printer"), ("Gi1/0/2", "ap")), Slice(), "run-1", RunDate);
            counts.Should().Be(new WriteCounts(2, 0, 0, 0, true));
            store.FindIngestion("wlls-a01-as-01").Should().BeEquivalentTo(new { FileHash = "abc", SourceLength = 10L, RunId = "run-1", LastIngestedUtc = RunDate });
        }

        var path = Path.Combine(temp.Path, "WLLS", "WLLS.sqlite");
        Rows(path, "SELECT Hostname, Model, Ports FROM DeviceSummary").Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new Dictionary<string, object> { ["Hostname"] = "WLLS-A01-AS-01", ["Model"] = "C9300-48P", ["Ports"] = 2L });
        Rows(path, "SELECT Port, VLAN FROM Interfaces ORDER BY PortSort").Select(r => (r["Port"], r["VLAN"]))
            .Should().Equal(("Gi1/0/1", "trunk"), ("Gi1/0/2", "trunk"));
        Rows(path, "PRAGMA journal_mode").Single().Values.Single().Should().Be("wal");
    }

    [Fact]
    public void WriteHost_IdenticalFactsAgain_WritesNoRow()
    {
        using var temp = new TempDirectory();
        using var store = SqliteSiteStore.Open(temp.Path, "WLLS");
        store.WriteHost(Facts(("Gi1/0/1", "a"), ("Gi1/0/2", "b")), Slice(), "run-1", RunDate);

        var again = store.WriteHost(Facts(("Gi1/0/1", "a"), ("Gi1/0/2", "b")), Slice(), "run-2", RunDate.AddDays(1));

        again.Should().Be(new WriteCounts(0, 0, 0, 2, false));
    }

    [Fact]
    public void WriteHost_ChangedAndVanishedPorts_UpdateOneDeleteOneKeepRowIds()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "WLLS", "WLLS.sqlite");
        using var store = SqliteSiteStore.Open(temp.Path, "WLLS");
        store.WriteHost(Facts(("Gi1/0/1", "a"), ("Gi1/0/2", "b"), ("Gi1/0/3", "c")), Slice(), "run-1", RunDate);
        var idsBefore = Rows(path, "SELECT ID, Port FROM Interfaces").ToDictionary(r => (string)r["Port"], r => (long)r["ID"]);

        var counts = store.WriteHost(Facts(("Gi1/0/1", "a"), ("Gi1/0/2", "changed")), Slice(), "run-2", RunDate);

        counts.Should().Be(new WriteCounts(0, 1, 1, 1, true));
        var after = Rows(path, "SELECT ID, Port, Description FROM Interfaces ORDER BY PortSort");
        after.Select(r => ((string)r["Port"], (string)r["Description"], (long)r["ID"]))
            .Should().Equal(("Gi1/0/1", "a", idsBefore["Gi1/0/1"]), ("Gi1/0/2", "changed", idsBefore["Gi1/0/2"]));
    }

    [Fact]
    public void WriteHost_HostileStrings_RoundTripUnchanged()
    {
        using var temp = new TempDirectory();
        string[] hostile =
        [
            "Robert'); DROP TABLE Interfaces;--",
            "<script>alert(\"x\")</script> & ' \"",
            "nul\0inside",
            new string('d', 64 * 1024),
            "SELECT * FROM DeviceSummary WHERE 1=1 OR ''=''",
        ];
        using (var store = SqliteSiteStore.Open(temp.Path, "WLLS"))
        {
            store.WriteHost(Facts(hostile.Select((h, i) => ($"Gi1/0/{i + 1}", h)).ToArray()), Slice(), "run-1", RunDate);
            store.WriteHost(Facts(hostile.Select((h, i) => ($"Gi1/0/{i + 1}", h)).ToArray()), Slice(), "run-2", RunDate)
                .Rows.Should().Be(0);
        }

        var stored = Rows(Path.Combine(temp.Path, "WLLS", "WLLS.sqlite"), "SELECT Description FROM Interfaces ORDER BY PortSort")
            .Select(r => (string)r["Description"]);
        stored.Should().Equal(hostile);
    }

    [Fact]
    public void Open_TwiceOnOneFile_AppliesEachMigrationOnce()
    {
        using var temp = new TempDirectory();
        SqliteSiteStore.Open(temp.Path, "WLLS").Dispose();
        SqliteSiteStore.Open(temp.Path, "WLLS").Dispose();

        Rows(Path.Combine(temp.Path, "WLLS", "WLLS.sqlite"), "SELECT Version FROM SchemaVersion").Select(r => (long)r["Version"])
            .Should().Equal(Enumerable.Range(1, SqliteSchema.Latest).Select(v => (long)v));
    }

    [Fact]
    public void Open_DatabaseFromANewerStateTrace_IsRefusedWithReason()
    {
        using var temp = new TempDirectory();
        SqliteSiteStore.Open(temp.Path, "WLLS").Dispose();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(temp.Path, "WLLS", "WLLS.sqlite")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO SchemaVersion VALUES (999, 'future', '', '')";
            command.ExecuteNonQuery();
        }

        var open = () => SqliteSiteStore.Open(temp.Path, "WLLS");

        open.Should().Throw<StoreException>().WithMessage("*schema version 999*newer*");
    }

    [Fact]
    public void PathFor_HostileSiteName_StaysUnderTheDataFolder()
    {
        var path = SqliteSiteStore.PathFor("/data", "../etc");

        Path.GetFullPath(path).Should().StartWith("/data/");
        path.Should().Be("/data/_.._etc/_.._etc.sqlite");
    }
}

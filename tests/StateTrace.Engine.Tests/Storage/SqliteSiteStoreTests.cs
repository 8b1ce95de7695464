using System.Globalization;
using Microsoft.Data.Sqlite;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Sqlite;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Storage;

public sealed class SqliteSiteStoreTests : SiteStoreContract, IDisposable
{
    private readonly TempDirectory temp = new();

    internal override ISiteStore Open(string site) => SqliteSiteStore.Open(temp.Path, site);

    protected override List<Dictionary<string, string>> Query(string site, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={SqliteSiteStore.PathFor(temp.Path, site)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i).ToLowerInvariant()] = Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Open_NewSite_UsesWalAndTheSiteFileUnderData()
    {
        using (Open("WLLS"))
        {
        }

        File.Exists(Path.Combine(temp.Path, "WLLS", "WLLS.sqlite")).Should().BeTrue();
        Query("WLLS", "PRAGMA journal_mode").Single().Values.Single().Should().Be("wal");
    }

    [Fact]
    public void Open_TwiceOnOneFile_AppliesEachMigrationOnceAndKeepsStoreId()
    {
        string first;
        using (var store = Open("WLLS"))
        {
            first = store.Identity.StoreId;
        }

        using (var again = Open("WLLS"))
        {
            again.Identity.Should().Be(new StoreIdentity("sqlite", first, SqliteSchema.Latest));
        }

        Query("WLLS", "SELECT Version FROM SchemaVersion").Select(r => r["version"])
            .Should().Equal(Enumerable.Range(1, SqliteSchema.Latest).Select(v => v.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Open_DatabaseFromANewerStateTrace_IsRefusedWithReason()
    {
        Open("WLLS").Dispose();
        using (var connection = new SqliteConnection($"Data Source={SqliteSiteStore.PathFor(temp.Path, "WLLS")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO SchemaVersion VALUES (999, 'future', '', '')";
            command.ExecuteNonQuery();
        }

        var open = () => Open("WLLS");

        open.Should().Throw<StoreException>().WithMessage("*schema version 999*newer*");
    }

    [Fact]
    public async Task Begin_WhileAnotherHolderHasTheSiteLock_Waits()
    {
        using var store = Open("WLLS");
        var path = SqliteSiteStore.PathFor(temp.Path, "WLLS");
        var held = SiteLockFile.TryAcquire(path);
        held.Should().NotBeNull();
        SiteLockFile.TryAcquire(path).Should().BeNull();

        var begin = Task.Run(() =>
        {
            using var t = store.Begin();
            return t.Generation;
        });
        await Task.Delay(100);
        begin.IsCompleted.Should().BeFalse();
        held!.Dispose();

        (await begin.WaitAsync(TimeSpan.FromSeconds(30))).Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void PathFor_HostileSiteName_StaysUnderTheDataFolder()
    {
        var path = SqliteSiteStore.PathFor("/data", "../etc");

        Path.GetFullPath(path).Should().StartWith("/data/");
        path.Should().Be("/data/_.._etc/_.._etc.sqlite");
    }
}

using Microsoft.Data.Sqlite;
using StateTrace.Engine.Maintenance;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Storage.Sqlite;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Maintenance;

public class SqliteMaintenanceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async Task<string> Ingested(TempDirectory temp)
    {
        await IngestPipeline.RunAsync(new IngestOptions { Root = temp.Path, Inputs = [RepoPaths.Samples] });
        return SqliteSiteStore.PathFor(Path.Combine(temp.Path, "Data"), "WLLS");
    }

    [Fact]
    public async Task Run_BloatedSite_BacksUpCompactsAndReportsTheSaving()
    {
        using var temp = new TempDirectory();
        var path = await Ingested(temp);
        Execute(path, "CREATE TABLE Bloat (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO Bloat SELECT randomblob(1000) FROM n;");
        Execute(path, "PRAGMA wal_checkpoint(TRUNCATE); DROP TABLE Bloat;");

        var report = SqliteMaintenance.Run(new MaintenanceOptions { Root = temp.Path }, "WLLS", Now);

        report.Error.Should().BeNull();
        report.Saved.Should().BeGreaterThan(0.10);
        report.BytesAfter.Should().BeLessThan(report.BytesBefore);
        report.BackupPath.Should().Be(Path.Combine(temp.Path, "Data", "Backups", "WLLS", "20261125-100000", "WLLS.sqlite"));
        report.Rows["Interfaces"].Should().BeGreaterThan(0);
        using var backup = new SqliteConnection($"Data Source={report.BackupPath};Mode=ReadOnly;Pooling=False");
        backup.Open();
        using var count = backup.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Interfaces";
        ((long)count.ExecuteScalar()!).Should().Be(report.Rows["Interfaces"]);
    }

    [Fact]
    public async Task Run_MissingIndex_IsRecreated()
    {
        using var temp = new TempDirectory();
        var path = await Ingested(temp);
        Execute(path, "DROP INDEX IX_Interfaces_HostnamePort");

        var report = SqliteMaintenance.Run(new MaintenanceOptions { Root = temp.Path, Backup = false }, "WLLS", Now);

        report.IndexesCreated.Should().Equal("IX_Interfaces_HostnamePort");
        SqliteMaintenance.Run(new MaintenanceOptions { Root = temp.Path, Backup = false }, "WLLS", Now).IndexesCreated.Should().BeEmpty();
    }

    [Fact]
    public async Task Run_WhileAnIngestHoldsTheSite_RefusesWithTheReason()
    {
        using var temp = new TempDirectory();
        var path = await Ingested(temp);
        using var held = SiteLockFile.TryAcquire(path);

        var report = SqliteMaintenance.Run(new MaintenanceOptions { Root = temp.Path }, "WLLS", Now);

        report.Error.Should().Contain("being written by another process");
        report.BackupPath.Should().BeNull();
    }

    [Fact]
    public async Task Sites_AfterIngest_ListsEverySiteStoreOnly()
    {
        using var temp = new TempDirectory();
        await Ingested(temp);
        SqliteMaintenance.Run(new MaintenanceOptions { Root = temp.Path }, "LAB", Now);

        // Every site of the samples has a store (one folder per site there), and Backups/Templates are not sites.
        var sampleSites = Directory.GetDirectories(RepoPaths.Samples).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        SqliteMaintenance.Sites(temp.Path).Should().Equal(sampleSites);
        Directory.Exists(Path.Combine(temp.Path, "Data", "Backups")).Should().BeTrue();
    }
}

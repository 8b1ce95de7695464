using System.Data.OleDb;
using System.Globalization;
using System.Runtime.Versioning;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Access;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Storage.Access;

#pragma warning disable xUnit1000 // Deliberately not discovered: xunit 2 cannot skip inherited facts, so the twins below run them.
/// <summary>The shared contract on Access; run only through <see cref="AccessSiteStoreContractTests"/>.</summary>
[SupportedOSPlatform("windows")]
internal sealed class AccessContract(string dataDirectory) : SiteStoreContract
#pragma warning restore xUnit1000
{
    internal override ISiteStore Open(string site) => AccessSiteStore.Open(dataDirectory, site);

    protected override List<Dictionary<string, string>> Query(string site, string sql) =>
        AccessSiteStoreContractTests.Rows(AccessSiteStore.PathFor(dataDirectory, site), sql);
}

/// <summary>
/// The contract, one twin per contract fact (a test on every platform checks none is missing), plus the migration of
/// an original StateTrace file. Skipped, with the reason, where Access cannot run.
/// </summary>
[SupportedOSPlatform("windows")]
public sealed class AccessSiteStoreContractTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly AccessContract contract;

    public AccessSiteStoreContractTests() => contract = new AccessContract(temp.Path);

    public void Dispose() => temp.Dispose();

    internal static List<Dictionary<string, string>> Rows(string path, string sql)
    {
        using var connection = new OleDbConnection($"Provider=Microsoft.ACE.OLEDB.16.0;Data Source={path};Mode=Share Deny None");
        try
        {
            connection.Open();
        }
        catch (InvalidOperationException)
        {
            connection.ConnectionString = $"Provider=Microsoft.ACE.OLEDB.12.0;Data Source={path};Mode=Share Deny None";
            connection.Open();
        }

        using var command = new OleDbCommand(sql, connection);
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

    [AccessFact]
    public void Write_NewHost_StoresDevicePortsHistoryAndIngestionRecord() => contract.Write_NewHost_StoresDevicePortsHistoryAndIngestionRecord();

    [AccessFact]
    public void Write_IdenticalFactsAgain_WritesNoRowAndNoHistory() => contract.Write_IdenticalFactsAgain_WritesNoRowAndNoHistory();

    [AccessFact]
    public void Write_ChangedAndVanishedPorts_OneUpdateOneDeleteEachWithHistory() => contract.Write_ChangedAndVanishedPorts_OneUpdateOneDeleteEachWithHistory();

    [AccessFact]
    public void Write_HostileStrings_RoundTripUnchanged() => contract.Write_HostileStrings_RoundTripUnchanged();

    [AccessFact]
    public void Write_Tables_ReplacedOnlyWhenChanged() => contract.Write_Tables_ReplacedOnlyWhenChanged();

    [AccessFact]
    public void Commit_InventoryChanged_BumpsGeneration_OtherwiseKeepsIt() => contract.Commit_InventoryChanged_BumpsGeneration_OtherwiseKeepsIt();

    [AccessFact]
    public void LoadIndex_AfterWrites_HoldsSignaturesAndRowIdsOnly() => contract.LoadIndex_AfterWrites_HoldsSignaturesAndRowIdsOnly();

    [AccessFact]
    public void Dispose_UncommittedTransaction_RollsBackEverything() => contract.Dispose_UncommittedTransaction_RollsBackEverything();

    [AccessFact]
    public void Write_OnlyTablesChanged_StoresTheNewTablesSignatureSoAReloadSeesNoChange() => contract.Write_OnlyTablesChanged_StoresTheNewTablesSignatureSoAReloadSeesNoChange();

    [AccessFact]
    public void Open_OriginalStateTraceFile_MigratesAdditivelyAndKeepsItsRows()
    {
        var path = Path.Combine(temp.Path, "WLLS.accdb");
        AccessOriginalFile.Create(path);

        using (var store = AccessSiteStore.Open(temp.Path, "WLLS"))
        {
            store.Path.Should().Be(path, "the legacy Data/<Site>.accdb is used when it exists");
            store.Identity.Should().BeEquivalentTo(new { Kind = "access", SchemaVersion = AccessSchema.Latest });
            var facts = new DeviceFacts { Hostname = "WLLS-A01-AS-01", Site = "WLLS", Make = "Cisco", Model = "C9300-48P" };
            facts.Interfaces.Add(new InterfaceFacts { Port = "Gi1/0/1", PortSort = PortSort.KeyOf("Gi1/0/1"), Status = "connected", Vlan = "trunk" });

            // The original's row has no signature: it is rewritten once, in place, keeping its ID.
            SiteStoreContract.Write(store, facts, new RunStamp("run-1", DateTimeOffset.UnixEpoch)).Should().Be(new WriteCounts(0, 1, 0, 0, true));
        }

        Rows(path, "SELECT Version FROM SchemaVersion ORDER BY Version").Select(r => r["version"]).Should().Equal("1", "2");
        Rows(path, "SELECT ID, VLAN, ToolTip FROM Interfaces").Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new Dictionary<string, string> { ["id"] = "1", ["vlan"] = "trunk", ["tooltip"] = "original tooltip" });
        Rows(path, "SELECT COUNT(*) AS n FROM InterfaceHistory").Single()["n"].Should().Be("2", "the original's history row stays");
    }
}

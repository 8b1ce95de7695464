using System.Reflection;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Access;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Storage.Access;

/// <summary>What holds on every platform: the start-up refusal, the file layout, and that the contract runs on Access.</summary>
public sealed class AccessSiteStoreTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void EnsureSupported_WithoutWindowsAndAce_StopsWithOneClearSentence()
    {
        var ensure = AccessSiteStore.EnsureSupported;

        if (OperatingSystem.IsWindows() && AccessDatabaseFile.Provider() is not null)
        {
            ensure.Should().NotThrow();
            return;
        }

        ensure.Should().Throw<StoreException>().Which.Message.Should().Be(
            "The Access store needs Windows with the Microsoft Access Database Engine (ACE OLE DB) installed; use --store sqlite or --store postgres here.");
    }

    [Fact]
    public void PathFor_NewSite_IsUnderItsPrefixFolder()
    {
        var path = AccessSiteStore.PathFor(temp.Path, "WLLS");

        path.Should().Be(Path.Combine(temp.Path, "WLLS", "WLLS.accdb"));
    }

    [Fact]
    public void PathFor_LegacyFileExists_UsesTheLegacyFile()
    {
        var legacy = temp.File("WLLS.accdb", "");

        AccessSiteStore.PathFor(temp.Path, "WLLS").Should().Be(legacy);
    }

    [Fact]
    public void PathFor_HostileSiteName_StaysUnderTheDataFolder()
    {
        var path = AccessSiteStore.PathFor(temp.Path, "../etc");

        Path.GetFullPath(path).Should().StartWith(temp.Path + Path.DirectorySeparatorChar);
    }

    [Fact]
    public void ContractTests_EveryContractFact_HasItsAccessTwin()
    {
        var contract = typeof(SiteStoreContract).GetMethods()
            .Where(m => m.GetCustomAttribute<FactAttribute>() is not null).Select(m => m.Name);
        var twins = typeof(AccessSiteStoreContractTests).GetMethods()
            .Where(m => m.GetCustomAttribute<AccessFactAttribute>() is not null).Select(m => m.Name);

        twins.Should().Contain(contract, "a contract test added to SiteStoreContract must also run on Access (add it to AccessSiteStoreContractTests)");
    }
}

using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32;

namespace StateTrace.Engine.Storage.Access;

/// <summary>
/// The Access database engine as this process sees it: which ACE OLE DB provider is registered for its bitness
/// (16.0, then 12.0, as the original tried them; Jet 4.0 cannot open .accdb), and creating an empty .accdb the way
/// the original did, through ADOX.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class AccessDatabaseFile
{
    private static readonly string[] Providers = ["Microsoft.ACE.OLEDB.16.0", "Microsoft.ACE.OLEDB.12.0"];

    /// <summary>The first registered ACE provider, or null when none is installed for this process's bitness.</summary>
    public static string? Provider()
    {
        foreach (var provider in Providers)
        {
            using var key = Registry.ClassesRoot.OpenSubKey(provider + "\\CLSID");
            if (key is not null)
            {
                return provider;
            }
        }

        return null;
    }

    public static string ConnectionString(string provider, string path) =>
        $"Provider={provider};Data Source={path};Mode=Share Deny None;Jet OLEDB:Database Locking Mode=1";

    /// <summary>Creates an empty database file (ADOX <c>Catalog.Create</c>, engine type 6 = ACE).</summary>
    public static void Create(string provider, string path)
    {
        var type = Type.GetTypeFromProgID("ADOX.Catalog")
            ?? throw new StoreException($"The Access database {path} could not be created: ADOX (part of the Access Database Engine) is not registered.");
        object? catalog = null;
        try
        {
            catalog = Activator.CreateInstance(type)!;
            var connection = type.InvokeMember("Create", BindingFlags.InvokeMethod, null, catalog,
                [ConnectionString(provider, path) + ";Jet OLEDB:Engine Type=6"], System.Globalization.CultureInfo.InvariantCulture);
            if (connection is not null)
            {
                // Close ADO's connection now, or the new file stays open (and locked) until a finaliser runs.
                connection.GetType().InvokeMember("Close", BindingFlags.InvokeMethod, null, connection, null, System.Globalization.CultureInfo.InvariantCulture);
                Marshal.FinalReleaseComObject(connection);
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is COMException com)
        {
            throw new StoreException($"The Access database {path} could not be created: {com.Message.Trim().TrimEnd('.')}.", com);
        }
        finally
        {
            if (catalog is not null)
            {
                Marshal.FinalReleaseComObject(catalog);
            }
        }
    }
}

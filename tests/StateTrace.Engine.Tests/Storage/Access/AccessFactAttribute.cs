using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Access;

namespace StateTrace.Engine.Tests.Storage.Access;

/// <summary>
/// A fact that runs only where the Access store can: Windows with the ACE OLE DB provider. Elsewhere it is reported as
/// skipped with the reason (xunit 2 decides skips at discovery, so the check is made in the attribute).
/// </summary>
public sealed class AccessFactAttribute : FactAttribute
{
    public AccessFactAttribute()
    {
        try
        {
            AccessSiteStore.EnsureSupported();
        }
        catch (StoreException e)
        {
            Skip = e.Message;
        }
    }
}

using Clio.Storage;
using Clio.Storage.KillHelper;

// Records scripted reviews into the store in args[0] as fast as it can and prints "k id" for each one after
// RecordReview has returned, i.e. after its commit. The test kills this process at some point in the loop. The loop is
// bounded in count and time so that a test that fails to kill it does not leave it running.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Clio.Storage.KillHelper DATA_DIR");
    return 2;
}

var limit = DateTime.UtcNow.AddSeconds(120);
using var store = RevisionStore.Open(args[0], TimeProvider.System);
var output = Console.Out;
for (var k = 1; k <= 100_000 && DateTime.UtcNow < limit; k++)
{
    var id = store.RecordReview(KillScript.Review(k));
    output.WriteLine($"{k} {id}");
    output.Flush();
}

return 0;

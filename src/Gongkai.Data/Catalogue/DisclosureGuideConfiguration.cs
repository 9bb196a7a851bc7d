using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Catalogue;

internal sealed class DisclosureGuideConfiguration : IEntityTypeConfiguration<DisclosureGuide>
{
    public void Configure(EntityTypeBuilder<DisclosureGuide> builder)
    {
        builder.HasKey(g => g.AgencyId);
        builder.HasOne<Agency>().WithOne().HasForeignKey<DisclosureGuide>(g => g.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(g => g.Office).HasMaxLength(200);
        builder.Property(g => g.Address).HasMaxLength(300);
        builder.Property(g => g.OfficeHours).HasMaxLength(200);
        builder.Property(g => g.Phone).HasMaxLength(60);
        builder.Property(g => g.Fax).HasMaxLength(60);
        builder.Property(g => g.PostCode).HasMaxLength(10);
        builder.Property(g => g.Email).HasMaxLength(200);
    }
}

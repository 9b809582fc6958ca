import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from 'react-router';

interface CaseLinkProps extends AnchorProps {
  kase: { id: string; trackingCode: string };
  tabIndex?: number;
}

/** A case's tracking code, linking to the case's staff page. */
export function CaseLink({ kase, ...props }: CaseLinkProps) {
  return (
    <Anchor component={Link} to={`/staff/cases/${kase.id}`} className="mono" {...props}>
      {kase.trackingCode}
    </Anchor>
  );
}

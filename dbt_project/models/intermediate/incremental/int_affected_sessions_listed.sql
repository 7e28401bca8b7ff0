-- The live sessions whose mart rows this build recomputes: every session with an
-- event in a pending batch (late ones included), and every still ongoing session of
-- a partner whose watermark moves, since its duration and open join intervals end there.
with events as (

    select * from {{ ref('stg_sessionlens__events') }}

),

pending_batches as (

    select * from {{ ref('int_pending_batches_listed') }}

),

session_ends as (

    select * from {{ ref('stg_sessionlens__session_ends') }}

),

watermark_moves as (

    select * from {{ ref('int_partner_watermark_moves_listed') }}

),

touched_sessions as (

    select distinct
        partner_id,
        session_id

    from events
    where session_id is not null
        and batch_id in (select batch_id from pending_batches)

),

ongoing_sessions_of_moved_partners as (

    select distinct
        partner_id,
        session_id

    from events
    where session_id is not null
        and partner_id in (select partner_id from watermark_moves)

    except

    select
        partner_id,
        session_id

    from session_ends

),

final as (

    select * from touched_sessions
    union
    select * from ongoing_sessions_of_moved_partners

)

select * from final
